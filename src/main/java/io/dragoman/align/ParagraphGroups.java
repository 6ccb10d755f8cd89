package io.dragoman.align;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Paragraph alignment ahead of sentence alignment: each paragraph becomes one segment (its
 * sentences' lengths summed, their anchors pooled), the same search aligns the paragraphs, and
 * every sentence learns the paragraph bead it falls in. A sentence pair across paragraphs that
 * were not paired then costs extra, which keeps a dropped or added paragraph from shifting the
 * sentences around it: a paragraph's length and anchors say more than a sentence's.
 */
final class ParagraphGroups {
    private ParagraphGroups() {
    }

    /**
     * Fills both sides' {@code groups}; leaves them all 0 (no constraint) unless both documents
     * have several paragraphs.
     */
    static void assign(BeadScorer.Side source, BeadScorer.Side target, Function<BeadScorer.Side[], List<Bead>> search) {
        int sourceParagraphs = count(source);
        int targetParagraphs = count(target);
        // With a segment per paragraph on both sides, aligning paragraphs first is the same search twice.
        if (sourceParagraphs < 2 || targetParagraphs < 2
                || sourceParagraphs == source.size() && targetParagraphs == target.size()) {
            return;
        }
        List<Bead> beads = search.apply(new BeadScorer.Side[] {pooled(source, sourceParagraphs), pooled(target, targetParagraphs)});
        int[] sourceGroup = new int[sourceParagraphs];
        int[] targetGroup = new int[targetParagraphs];
        Arrays.fill(sourceGroup, -1);
        Arrays.fill(targetGroup, -2);
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isPair()) {
                Arrays.fill(sourceGroup, bead.sourceStart(), bead.sourceEnd(), b);
                Arrays.fill(targetGroup, bead.targetStart(), bead.targetEnd(), b);
            }
        }
        for (int k = 0; k < source.size(); k++) {
            source.groups()[k] = sourceGroup[source.paragraphs()[k]];
        }
        for (int k = 0; k < target.size(); k++) {
            target.groups()[k] = targetGroup[target.paragraphs()[k]];
        }
    }

    private static int count(BeadScorer.Side side) {
        return side.size() == 0 ? 0 : side.paragraphs()[side.size() - 1] + 1;
    }

    /** One segment per paragraph; each is its own paragraph, so none may be merged for free. */
    private static BeadScorer.Side pooled(BeadScorer.Side side, int paragraphs) {
        int[] lengths = new int[paragraphs];
        int[][] anchors = new int[paragraphs][0];
        for (int k = 0; k < side.size(); k++) {
            int p = side.paragraphs()[k];
            lengths[p] += side.lengths()[k];
            int[] pooled = Arrays.copyOf(anchors[p], anchors[p].length + side.anchors()[k].length);
            System.arraycopy(side.anchors()[k], 0, pooled, anchors[p].length, side.anchors()[k].length);
            Arrays.sort(pooled);
            anchors[p] = pooled;
        }
        int[] identity = new int[paragraphs];
        Arrays.setAll(identity, p -> p);
        return new BeadScorer.Side(lengths, anchors, identity, new int[paragraphs]);
    }
}
