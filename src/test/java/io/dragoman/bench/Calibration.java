package io.dragoman.bench;

import io.dragoman.bench.Evaluation.Score;
import java.util.List;

/** How often a proposed pair is right, by its confidence: the curve behind "confidence >= 0.9". */
final class Calibration {
    private static final double[] EDGES = {0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001};

    private Calibration() {
    }

    static void print(List<Score> scores) {
        System.out.println("| confidence | pairs | right |");
        System.out.println("|---|---|---|");
        long atLeast = 0;
        long atLeastRight = 0;
        for (int b = 0; b + 1 < EDGES.length; b++) {
            long pairs = 0;
            long right = 0;
            for (Score score : scores) {
                for (double[] bead : score.beads) {
                    if (bead[0] >= EDGES[b] && bead[0] < EDGES[b + 1]) {
                        pairs++;
                        right += (long) bead[1];
                    }
                }
            }
            if (EDGES[b] >= 0.9) {
                atLeast += pairs;
                atLeastRight += right;
            }
            System.out.printf("| [%.2f, %.2f) | %d | %s |%n", EDGES[b], Math.min(1, EDGES[b + 1]), pairs,
                    pairs == 0 ? "-" : String.format("%.3f", (double) right / pairs));
        }
        System.out.printf("| >= 0.90 | %d | %.3f |%n", atLeast, (double) atLeastRight / Math.max(1, atLeast));
    }
}
