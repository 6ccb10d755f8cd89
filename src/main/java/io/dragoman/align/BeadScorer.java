package io.dragoman.align;

/**
 * The cost (a negative log-probability, in nats) of one bead, from the segments' lengths, shared
 * anchors and paragraphs. The bead ending at (i, j) covers source segments
 * [i - shape.source, i) and target segments [j - shape.target, j).
 */
final class BeadScorer {
    /** Lengths within 1.5 standard deviations look entirely plausible to the confidence. */
    private static final double PLAUSIBLE_LENGTH_COST = -LengthModel.logTwoSidedTail(1.5);

    private final Side source;
    private final Side target;
    private final LengthModel model;
    private final double[] weights;
    private final SentenceAligner.Settings settings;
    /** Anchors of segments k and k + 1 together, sorted: every 2-segment bead asks for them many times. */
    private final int[][] sourcePairs;
    private final int[][] targetPairs;

    /**
     * Per-segment facts the scorer needs, prepared once per document. {@code groups}: the
     * paragraph bead each segment's paragraph belongs to after paragraph alignment, -1 for an
     * unpaired paragraph; all 0 when paragraphs were not aligned.
     */
    record Side(int[] lengths, int[][] anchors, int[] paragraphs, int[] groups) {
        int size() {
            return lengths.length;
        }
    }

    /** @param weights weight of each anchor id */
    BeadScorer(Side source, Side target, LengthModel model, double[] weights, SentenceAligner.Settings settings) {
        this.source = source;
        this.target = target;
        this.model = model;
        this.weights = weights;
        this.settings = settings;
        this.sourcePairs = pairAnchors(source);
        this.targetPairs = pairAnchors(target);
    }

    private static int[][] pairAnchors(Side side) {
        int[][] pairs = new int[Math.max(0, side.size() - 1)][];
        for (int k = 0; k + 1 < side.size(); k++) {
            int[] first = side.anchors()[k];
            int[] second = side.anchors()[k + 1];
            int[] all = java.util.Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, all, first.length, second.length);
            java.util.Arrays.sort(all);
            pairs[k] = all;
        }
        return pairs;
    }

    double cost(BeadShape shape, int i, int j) {
        if (!shape.isPair()) {
            return shape.priorCost + settings.omissionCost();
        }
        int s = i - shape.source;
        int t = j - shape.target;
        return shape.priorCost
                + model.cost(length(source, s, i), length(target, t, j))
                - settings.anchorWeight() * matches(s, i, t, j)
                + settings.paragraphPenalty() * (crossings(source, s, i) + crossings(target, t, j))
                + settings.boundaryPenalty() * (disagreement(s, t) + disagreement(i, j))
                + (sameGroup(s, i, t, j) ? 0 : settings.paragraphAlignmentPenalty());
    }

    /** True when the bead's segments lie in paragraphs that paragraph alignment paired. */
    private boolean sameGroup(int s, int i, int t, int j) {
        int group = source.groups()[s];
        if (group < 0) {
            return false;
        }
        for (int k = s; k < i; k++) {
            if (source.groups()[k] != group) {
                return false;
            }
        }
        for (int k = t; k < j; k++) {
            if (target.groups()[k] != group) {
                return false;
            }
        }
        return true;
    }

    /**
     * 1 when a paragraph starts before source segment {@code i} but not before target segment
     * {@code j}, or the other way round: a pair should begin and end where both documents do or
     * do not break paragraphs. The ends of the documents count as breaks.
     */
    private int disagreement(int i, int j) {
        return startsParagraph(source, i) == startsParagraph(target, j) ? 0 : 1;
    }

    private static boolean startsParagraph(Side side, int k) {
        return k == 0 || k == side.size() || side.paragraphs()[k] != side.paragraphs()[k - 1];
    }

    /**
     * How well a pair's own evidence supports it, in (0, 1]: 1 when the lengths are plausible,
     * lower as they drift apart; each shared anchor halves the doubt, and anchors present on both
     * sides without any in common add doubt.
     */
    double fit(BeadShape shape, int i, int j) {
        int s = i - shape.source;
        int t = j - shape.target;
        double excess = model.cost(length(source, s, i), length(target, t, j)) - PLAUSIBLE_LENGTH_COST;
        double fit = Math.exp(-0.5 * Math.max(0, excess));
        double shared = matches(s, i, t, j);
        if (shared > 0) {
            fit = 1 - (1 - fit) * Math.pow(0.5, shared);
        } else if (count(source, s, i) > 0 && count(target, t, j) > 0) {
            fit *= 0.7;
        }
        return fit;
    }

    private static int length(Side side, int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            sum += side.lengths()[k];
        }
        return sum;
    }

    private static int count(Side side, int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            sum += side.anchors()[k].length;
        }
        return sum;
    }

    private static int crossings(Side side, int from, int to) {
        int crossings = 0;
        for (int k = from + 1; k < to; k++) {
            if (side.paragraphs()[k] != side.paragraphs()[k - 1]) {
                crossings++;
            }
        }
        return crossings;
    }

    /** Weighted size of the multiset intersection of both sides' anchors (sorted id arrays). */
    private double matches(int s, int i, int t, int j) {
        int[] a = merged(source, sourcePairs, s, i);
        int[] b = merged(target, targetPairs, t, j);
        int x = 0;
        int y = 0;
        double shared = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                shared += weights[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return shared;
    }

    private static int[] merged(Side side, int[][] pairs, int from, int to) {
        return to - from == 1 ? side.anchors()[from] : pairs[from];
    }
}
