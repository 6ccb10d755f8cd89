package io.dragoman.align;

/**
 * The bead shapes the aligner considers, with their prior probabilities. The figures are Gale
 * and Church's (1993), measured on parliamentary proceedings; news translation omits a little
 * more, which the omission cost of {@link SentenceAligner.Settings} accounts for.
 */
enum BeadShape {
    ONE_ONE(1, 1, 0.89),
    ONE_ZERO(1, 0, 0.0099 / 2),
    ZERO_ONE(0, 1, 0.0099 / 2),
    TWO_ONE(2, 1, 0.089 / 2),
    ONE_TWO(1, 2, 0.089 / 2),
    TWO_TWO(2, 2, 0.011);

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
