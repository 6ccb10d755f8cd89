package io.dragoman.match;

/**
 * The character similarity of many texts to one (a lookup's normalised query), equal to
 * {@link EditDistance#charSimilarity}: the ranker breaks ties among hundreds of candidates of a
 * short query ("Last Name" against every "X name"), where the table of the plain form costs a row
 * of ints per character. Up to 64 characters the query is the pattern of Myers' bit-parallel
 * Levenshtein distance, in Hyyrö's form for the distance between two whole strings: one column of
 * the table in two longs, a text character in a dozen word operations. Longer queries use the table.
 */
final class CharSimilarity {
    private static final int SLOTS = 128;
    private final String query;
    private final int length;
    /** The query's distinct characters (-1: free) and, beside them, the positions holding each. */
    private final int[] chars;
    private final long[] positions;

    CharSimilarity(String query) {
        this.query = query;
        this.length = query.length();
        if (length > 64) {
            chars = null;
            positions = null;
            return;
        }
        chars = new int[SLOTS];
        positions = new long[SLOTS];
        java.util.Arrays.fill(chars, -1);
        for (int i = 0; i < length; i++) {
            char c = query.charAt(i);
            int at = slot(c);
            while (chars[at] != -1 && chars[at] != c) {
                at = (at + 1) & (SLOTS - 1);
            }
            chars[at] = c;
            positions[at] |= 1L << i;
        }
    }

    /** 1 − distance / longer length, as {@link EditDistance#charSimilarity}{@code (query, text)}. */
    double to(String text) {
        if (chars == null) {
            return EditDistance.charSimilarity(query, text);
        }
        int longer = Math.max(length, text.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(text) / longer;
    }

    private int distance(String text) {
        if (length == 0) {
            return text.length();
        }
        long vp = length == 64 ? -1L : (1L << length) - 1;
        long vn = 0;
        long last = 1L << (length - 1);
        int score = length;
        for (int j = 0; j < text.length(); j++) {
            long eq = positionsOf(text.charAt(j));
            long xv = eq | vn;
            long xh = (((eq & vp) + vp) ^ vp) | eq;
            long ph = vn | ~(xh | vp);
            long mh = vp & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            // The first row of the table counts up (D[0][j] = j): a carry of +1 enters at the bottom.
            ph = (ph << 1) | 1;
            mh <<= 1;
            vp = mh | ~(xv | ph);
            vn = ph & xv;
        }
        return score;
    }

    private long positionsOf(char c) {
        for (int at = slot(c); ; at = (at + 1) & (SLOTS - 1)) {
            if (chars[at] == c) {
                return positions[at];
            }
            if (chars[at] == -1) {
                return 0;
            }
        }
    }

    private static int slot(char c) {
        return (c * 0x9E3779B9) >>> 25;
    }
}
