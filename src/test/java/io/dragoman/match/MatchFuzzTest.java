package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Fuzz;
import io.dragoman.core.HostileText;
import io.dragoman.text.TextNormalizer;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edit distances and the word diff on hostile Unicode built from a small vocabulary, so that
 * texts share words; {@code -Ddragoman.fuzz.tries=10000} runs the long version.
 */
class MatchFuzzTest {
    private static final String[] WORDS = {
        "\u0642\u0648\u0629", "\u0642\u0648\u0651\u0629", "\u0627\u0644\u0623\u0645\u0645", "\u0627\u0644\u0627\u0645\u0645",
        "\u063A\u0632\u0629", "\u063A\u0632\u0647", "force", "Force", "UN", "\uFEFB", "\u0644\u0627", "3.8", "\u0663\u066B\u0668",
        "%s", "{0}", "\uD835\uDC00", "e\u0301", "\u00E9",
    };

    @Test
    void tokenDistanceIsAMetricAndTheBandAgrees() {
        Fuzz.check("token edit distance", 1_000, random -> {
            Map<String, Integer> ids = new HashMap<>();
            int[] a = ids(text(random), ids);
            int[] b = ids(text(random), ids);
            int[] c = ids(text(random), ids);
            int ab = EditDistance.tokens(a, b);
            assertEquals(ab, EditDistance.tokens(b, a), "symmetric");
            assertEquals(ab == 0, java.util.Arrays.equals(a, b), "zero iff the normalised tokens are equal");
            assertTrue(ab <= EditDistance.tokens(a, c) + EditDistance.tokens(c, b), "triangle inequality");
            int max = random.nextInt(Math.max(a.length, b.length) + 2);
            assertEquals(Math.min(ab, max + 1), EditDistance.tokens(a, b, max), "bounded distance, max " + max);
        });
    }

    @Test
    void characterDistanceIsAMetricOnNormalisedForms() {
        Fuzz.check("character edit distance", 1_000, random -> {
            String a = TextNormalizer.normalize(text(random));
            String b = TextNormalizer.normalize(text(random));
            String c = TextNormalizer.normalize(text(random));
            double similarity = EditDistance.charSimilarity(a, b);
            assertEquals(similarity, EditDistance.charSimilarity(b, a), "symmetric");
            assertTrue(similarity >= 0 && similarity <= 1, "in [0, 1]: " + similarity);
            assertEquals(a.equals(b), similarity == 1.0, "1 iff equal");
            assertTrue(distance(a, b) <= distance(a, c) + distance(c, b), "triangle inequality");
        });
    }

    @Test
    void diffSpansRebuildBothTokenSequences() {
        Fuzz.check("word diff", 1_000, random -> {
            String query = text(random);
            String match = text(random);
            List<Token> q = scored(query);
            List<Token> m = scored(match);
            TokenDiff diff = TokenDiff.of(query, q, match, m);
            List<Token> rebuiltQuery = new ArrayList<>();
            List<Token> rebuiltMatch = new ArrayList<>();
            int pair = 0;
            int queryEnd = 0;
            int matchEnd = 0;
            for (DiffSpan span : diff.spans()) {
                // Equal words before this span, then the span's words, in order on both sides.
                while (pair < diff.equalPairs().size() && precedes(diff.equalPairs().get(pair), span, q, m)) {
                    TokenDiff.Pair p = diff.equalPairs().get(pair++);
                    assertEquals(q.get(p.query()).norm(), m.get(p.match()).norm(), "an equal pair is equal");
                    rebuiltQuery.add(q.get(p.query()));
                    rebuiltMatch.add(m.get(p.match()));
                }
                queryEnd = within(query, span.query(), q, queryEnd, rebuiltQuery);
                matchEnd = within(match, span.match(), m, matchEnd, rebuiltMatch);
            }
            for (; pair < diff.equalPairs().size(); pair++) {
                TokenDiff.Pair p = diff.equalPairs().get(pair);
                rebuiltQuery.add(q.get(p.query()));
                rebuiltMatch.add(m.get(p.match()));
            }
            assertEquals(q, rebuiltQuery, "the query's words, rebuilt from the diff");
            assertEquals(m, rebuiltMatch, "the match's words, rebuilt from the diff");
        });
    }

    /** An equal pair comes before a span on both sides or on neither. */
    private static boolean precedes(TokenDiff.Pair pair, DiffSpan span, List<Token> q, List<Token> m) {
        Boolean byQuery = span.query() == null ? null : q.get(pair.query()).start() < span.query().start();
        Boolean byMatch = span.match() == null ? null : m.get(pair.match()).start() < span.match().start();
        if (byQuery != null && byMatch != null) {
            assertEquals(byQuery, byMatch, "a pair is before a span on one side and after it on the other");
        }
        return byQuery != null ? byQuery : byMatch;
    }

    /** Checks a span's bounds and order and adds the tokens it covers. */
    private static int within(String text, SpanView span, List<Token> tokens, int end, List<Token> out) {
        if (span == null) {
            return end;
        }
        assertTrue(span.start() >= end && span.start() < span.end() && span.end() <= text.length(),
                () -> span + " out of order or bounds in " + HostileText.escape(text));
        assertEquals(text.substring(span.start(), span.end()), span.text());
        assertEquals(text.codePointCount(0, span.start()), span.codePointStart());
        assertEquals(text.codePointCount(0, span.end()), span.codePointEnd());
        for (Token token : tokens) {
            if (token.start() >= span.start() && token.end() <= span.end()) {
                out.add(token);
            }
        }
        return span.end();
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = random.nextInt(25);
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            sb.append(random.nextInt(3) == 0 ? HostileText.next(random, 3, 0) : " ");
        }
        return sb.toString();
    }

    private static List<Token> scored(String text) {
        return Tokenizer.tokenize(text).stream().filter(Token::isScored).toList();
    }

    private static int[] ids(String text, Map<String, Integer> ids) {
        return scored(text).stream().mapToInt(t -> ids.computeIfAbsent(t.norm(), k -> ids.size())).toArray();
    }

    private static long distance(String a, String b) {
        return Math.round((1 - EditDistance.charSimilarity(a, b)) * Math.max(a.length(), b.length()));
    }
}
