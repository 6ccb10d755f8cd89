package io.dragoman.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over the bead lattice, restricted to a band around the diagonal from
 * (0, 0) to (n, m): Viterbi for the best alignment and forward-backward for each bead's posterior
 * probability. Cells outside the band cost infinity.
 */
final class Lattice {
    private static final BeadShape[] SHAPES = BeadShape.values();
    private final int n;
    private final int m;
    private final int[] lo;
    private final int[] hi;
    private final double[][] best;
    private final byte[][] back;
    private final double[][] forward;

    /** One bead of the best path: its shape and the cell (i, j) where it ends. */
    record Step(BeadShape shape, int i, int j) {
    }

    Lattice(int n, int m, int halfWidth) {
        this.n = n;
        this.m = m;
        lo = new int[n + 1];
        hi = new int[n + 1];
        best = new double[n + 1][];
        back = new byte[n + 1][];
        forward = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            int centre = n == 0 ? 0 : (int) Math.round((double) i * m / n);
            lo[i] = Math.max(0, centre - halfWidth);
            hi[i] = Math.min(m, centre + halfWidth);
            int width = hi[i] - lo[i] + 1;
            best[i] = new double[width];
            back[i] = new byte[width];
            forward[i] = new double[width];
        }
    }

    /** Fills the Viterbi and forward tables. */
    void fill(BeadScorer scorer) {
        double[] terms = new double[SHAPES.length];
        for (int i = 0; i <= n; i++) {
            for (int j = lo[i]; j <= hi[i]; j++) {
                int k = j - lo[i];
                if (i == 0 && j == 0) {
                    best[0][0] = 0;
                    forward[0][0] = 0;
                    continue;
                }
                double min = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (BeadShape shape : SHAPES) {
                    int pi = i - shape.source;
                    int pj = j - shape.target;
                    if (!inBand(pi, pj) || best[pi][pj - lo[pi]] == Double.POSITIVE_INFINITY) {
                        terms[shape.ordinal()] = Double.NEGATIVE_INFINITY;
                        continue;
                    }
                    double cost = scorer.cost(shape, i, j);
                    double total = best[pi][pj - lo[pi]] + cost;
                    if (total < min) {
                        min = total;
                        arg = shape.ordinal();
                    }
                    terms[shape.ordinal()] = forward[pi][pj - lo[pi]] - cost;
                }
                best[i][k] = min;
                back[i][k] = (byte) arg;
                forward[i][k] = logSumExp(terms);
            }
        }
    }

    boolean inBand(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    /** The best path from (0, 0) to (n, m), in document order. */
    List<Step> path() {
        List<Step> steps = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            BeadShape shape = SHAPES[back[i][j - lo[i]]];
            steps.add(new Step(shape, i, j));
            i -= shape.source;
            j -= shape.target;
        }
        Collections.reverse(steps);
        return steps;
    }

    /** True when the path runs along an edge of the band that is not an edge of the matrix. */
    boolean touchesBandEdge(List<Step> path) {
        for (Step step : path) {
            if ((step.j() == lo[step.i()] && lo[step.i()] > 0) || (step.j() == hi[step.i()] && hi[step.i()] < m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Posterior probability of each step of {@code path}: the share of all alignments (weighted
     * by exp(-cost)) that contain that bead. Needs a backward pass over the band.
     */
    double[] posteriors(List<Step> path, BeadScorer scorer) {
        double[][] backward = backward(scorer);
        double total = forward[n][m - lo[n]];
        double[] posteriors = new double[path.size()];
        for (int s = 0; s < path.size(); s++) {
            Step step = path.get(s);
            int pi = step.i() - step.shape().source;
            int pj = step.j() - step.shape().target;
            double log = forward[pi][pj - lo[pi]] - scorer.cost(step.shape(), step.i(), step.j())
                    + backward[step.i()][step.j() - lo[step.i()]] - total;
            posteriors[s] = Math.min(1, Math.exp(log));
        }
        return posteriors;
    }

    private double[][] backward(BeadScorer scorer) {
        double[][] backward = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            backward[i] = new double[hi[i] - lo[i] + 1];
            Arrays.fill(backward[i], Double.NEGATIVE_INFINITY);
        }
        backward[n][m - lo[n]] = 0;
        double[] terms = new double[SHAPES.length];
        for (int i = n; i >= 0; i--) {
            for (int j = hi[i]; j >= lo[i]; j--) {
                if (i == n && j == m) {
                    continue;
                }
                for (BeadShape shape : SHAPES) {
                    int ni = i + shape.source;
                    int nj = j + shape.target;
                    terms[shape.ordinal()] = inBand(ni, nj)
                            ? backward[ni][nj - lo[ni]] - scorer.cost(shape, ni, nj)
                            : Double.NEGATIVE_INFINITY;
                }
                backward[i][j - lo[i]] = logSumExp(terms);
            }
        }
        return backward;
    }

    private static double logSumExp(double[] terms) {
        double max = Double.NEGATIVE_INFINITY;
        for (double t : terms) {
            max = Math.max(max, t);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }
}
