package io.dragoman.match;

import io.dragoman.text.Span;
import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-level alignment of a query with a matched text (scored tokens, compared by their
 * normalised forms): the diff spans a translator sees and the pairs of equal words, whose
 * spelling differences the fold report explains.
 */
final class TokenDiff {
    /** Indices of two aligned tokens with equal normalised forms. */
    record Pair(int query, int match) {
    }

    private final List<DiffSpan> spans = new ArrayList<>();
    private final List<Pair> equalPairs = new ArrayList<>();

    private TokenDiff() {
    }

    static TokenDiff of(String queryText, List<Token> query, String matchText, List<Token> match) {
        int m = query.size();
        int n = match.size();
        int[][] d = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int cost = query.get(i - 1).norm().equals(match.get(j - 1).norm()) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        TokenDiff diff = new TokenDiff();
        diff.trace(d, queryText, query, matchText, match);
        return diff;
    }

    List<DiffSpan> spans() {
        return spans;
    }

    List<Pair> equalPairs() {
        return equalPairs;
    }

    /** Walks back from the end, grouping each run of non-equal steps into one span. */
    private void trace(int[][] d, String queryText, List<Token> query, String matchText, List<Token> match) {
        int i = query.size();
        int j = match.size();
        int hunkQueryEnd = -1;
        int hunkMatchEnd = -1;
        while (i > 0 || j > 0) {
            boolean equal = i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1]
                    && query.get(i - 1).norm().equals(match.get(j - 1).norm());
            if (equal) {
                closeHunk(queryText, query, i, hunkQueryEnd, matchText, match, j, hunkMatchEnd);
                hunkQueryEnd = -1;
                equalPairs.add(0, new Pair(i - 1, j - 1));
                i--;
                j--;
                continue;
            }
            if (hunkQueryEnd < 0) {
                hunkQueryEnd = i;
                hunkMatchEnd = j;
            }
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        closeHunk(queryText, query, 0, hunkQueryEnd, matchText, match, 0, hunkMatchEnd);
    }

    private void closeHunk(String queryText, List<Token> query, int queryFrom, int queryTo,
                           String matchText, List<Token> match, int matchFrom, int matchTo) {
        if (queryTo < 0) {
            return;
        }
        Span q = queryTo > queryFrom ? Span.covering(query, queryFrom, queryTo) : null;
        Span mt = matchTo > matchFrom ? Span.covering(match, matchFrom, matchTo) : null;
        if (!spans.isEmpty() && (overlaps(q, spans.get(0).query()) || overlaps(mt, spans.get(0).match()))) {
            // The hunk after this one shares a character with it: both are words of one expanded
            // character (ﷺ, ½), part of it equal. The character is one difference, shown once.
            DiffSpan next = spans.remove(0);
            q = union(q, next.query());
            mt = union(mt, next.match());
        }
        String op = q == null ? "delete" : mt == null ? "insert" : "replace";
        spans.add(0, new DiffSpan(op, q == null ? null : SpanView.of(q, queryText), mt == null ? null : SpanView.of(mt, matchText)));
    }

    private static boolean overlaps(Span span, SpanView next) {
        return span != null && next != null && span.end() > next.start();
    }

    private static Span union(Span span, SpanView next) {
        if (next == null) {
            return span;
        }
        return span == null ? Span.of(next.start(), next.end()) : Span.of(span.start(), Math.max(span.end(), next.end()));
    }
}
