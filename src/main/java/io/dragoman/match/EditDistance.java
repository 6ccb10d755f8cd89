package io.dragoman.match;

/**
 * Levenshtein distances: over token ids (the score) and over characters (the tie-break). The
 * token version takes a bound and stops as soon as the distance must exceed it (Ukkonen's band:
 * only cells within {@code max} of the diagonal can hold a value ≤ {@code max}).
 */
final class EditDistance {
    private EditDistance() {
    }

    /** Word-level distance, or {@code max + 1} when it exceeds {@code max}. */
    static int tokens(int[] a, int[] b, int max) {
        int m = a.length;
        int n = b.length;
        if (Math.abs(m - n) > max) {
            return max + 1;
        }
        if (m == 0 || n == 0) {
            return Math.max(m, n);
        }
        int big = max + 1;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= m; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(n, i + max);
            current[0] = i <= max ? i : big;
            if (from > 1) {
                current[from - 1] = big;
            }
            int rowMin = current[0];
            int ai = a[i - 1];
            for (int j = from; j <= to; j++) {
                int cost = ai == b[j - 1] ? 0 : 1;
                int value = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
                current[j] = Math.min(value, big);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < n) {
                current[to + 1] = big;
            }
            if (rowMin > max) {
                return big;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[n];
    }

    /** Unbounded word-level distance (the exhaustive reference). */
    static int tokens(int[] a, int[] b) {
        return tokens(a, b, Math.max(a.length, b.length));
    }

    /** Character similarity in [0, 1]: 1 − distance / longer length; 1 for two empty strings. */
    static double charSimilarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ai == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / longer;
    }
}
