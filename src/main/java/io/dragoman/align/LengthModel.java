package io.dragoman.align;

import io.dragoman.text.LanguageTag;

/**
 * The Gale-Church length model: a translation's length is about {@code ratio} times the source's,
 * with a variance that grows with the length ({@code variance} per source character). Lengths
 * count characters other than whitespace and combining marks, so that vowelled and unvowelled
 * Arabic, and different spacing, measure the same.
 *
 * @param ratio    expected target characters per source character
 * @param variance variance of {@code target - ratio * source} per source character
 */
public record LengthModel(double ratio, double variance) {
    /**
     * Arabic to English, measured on FLORES-200 devtest (1,012 sentence pairs, news and travel
     * prose): English has 1.153 characters per Arabic character, variance 2.83 per character.
     * See docs/benchmarks.md (Alignment) for the command that measures it.
     */
    public static final LengthModel ARABIC_ENGLISH = new LengthModel(1.153, 2.83);
    /** Gale and Church's published figures for European language pairs. */
    public static final LengthModel GENERIC = new LengthModel(1.0, 6.8);

    public LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive");
        }
    }

    /** The model for a direction; the Arabic-English figures are inverted for English to Arabic. */
    public static LengthModel forPair(LanguageTag source, LanguageTag target) {
        if (source.isArabic() && target.isEnglish()) {
            return ARABIC_ENGLISH;
        }
        if (source.isEnglish() && target.isArabic()) {
            return ARABIC_ENGLISH.inverse();
        }
        return GENERIC;
    }

    /** The same relation seen from the other side: s = t / c, variance s2 / c^3 per character. */
    public LengthModel inverse() {
        return new LengthModel(1 / ratio, variance / (ratio * ratio * ratio));
    }

    /** Standardised length difference: how many standard deviations apart the two lengths are. */
    public double delta(int sourceLength, int targetLength) {
        double mean = (sourceLength + targetLength / ratio) / 2;
        if (mean <= 0) {
            return 0;
        }
        return (targetLength - ratio * sourceLength) / Math.sqrt(mean * variance);
    }

    /** {@code -ln P(|delta| or more)} under a standard normal: 0 for equal-looking lengths. */
    public double cost(int sourceLength, int targetLength) {
        return -logTwoSidedTail(Math.abs(delta(sourceLength, targetLength)));
    }

    /**
     * {@code ln(2 (1 - Phi(x)))} = {@code ln erfc(x / sqrt 2)}, computed in log space with the
     * Chebyshev fit of Numerical Recipes (relative error below 1.2e-7) so that long, badly
     * matched beads do not underflow to infinity.
     */
    static double logTwoSidedTail(double x) {
        double z = x / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) - z * z + poly;
    }

    /** Characters that count for length: not whitespace, not a combining mark, not tatweel. */
    public static int length(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (!Character.isWhitespace(c) && type != Character.NON_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && c != '\u0640' && !Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }
}
