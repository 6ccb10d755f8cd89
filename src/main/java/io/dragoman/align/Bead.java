package io.dragoman.align;

/**
 * One step of an alignment: {@code sourceCount} source segments from {@code sourceStart} translate
 * {@code targetCount} target segments from {@code targetStart} (0-based). A side with count 0
 * means the other side's segments are omitted in the translation (or added by it).
 *
 * @param confidence how sure the aligner is, in [0, 1]: the probability of this bead given both
 *                   documents, lowered when the lengths or anchors of the pair disagree
 */
public record Bead(int sourceStart, int sourceCount, int targetStart, int targetCount, double confidence) {
    public Bead {
        if (sourceStart < 0 || targetStart < 0 || sourceCount < 0 || targetCount < 0
                || sourceCount + targetCount == 0) {
            throw new IllegalArgumentException("a bead covers at least one segment");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** Both sides have segments: a translation pair rather than an omission. */
    public boolean isPair() {
        return sourceCount > 0 && targetCount > 0;
    }

    public int sourceEnd() {
        return sourceStart + sourceCount;
    }

    public int targetEnd() {
        return targetStart + targetCount;
    }

    /** e.g. {@code 2-1}. */
    public String shape() {
        return sourceCount + "-" + targetCount;
    }
}
