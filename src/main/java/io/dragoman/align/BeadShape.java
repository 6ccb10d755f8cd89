package io.dragoman.align;

/**
 * The bead shapes the aligner considers, with their prior probabilities. The figures are Gale
 * and Church's (1993), measured on parliamentary proceedings, except 2-2: at their 0.011 it
 * swallowed pairs of true 1-1 beads whose lengths drifted in opposite directions (7 of 281
 * FLORES documents); 0.002 keeps 2-2 for real crossings.
 */
enum BeadShape {
    ONE_ONE(1, 1, 0.89),
    ONE_ZERO(1, 0, 0.0099 / 2),
    ZERO_ONE(0, 1, 0.0099 / 2),
    TWO_ONE(2, 1, 0.089 / 2),
    ONE_TWO(1, 2, 0.089 / 2),
    TWO_TWO(2, 2, 0.002);

    final int source;
    final int target;
    final double priorCost;

    BeadShape(int source, int target, double prior) {
        this.source = source;
        this.target = target;
        this.priorCost = -Math.log(prior);
    }

    boolean isPair() {
        return source > 0 && target > 0;
    }
}
