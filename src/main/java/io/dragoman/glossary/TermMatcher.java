package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the term patterns of one language family in tokenised text. Patterns are bucketed by
 * their first key; each bucket is an array replaced as a whole, so readers never lock and never
 * see a half-written bucket. This base class matches keys exactly (languages other than Arabic
 * and English); subclasses add clitics and inflection.
 */
class TermMatcher {
    /** A pattern found at tokens {@code first..last}, with what was stripped to find it. */
    record Match(TermPattern pattern, int first, int last, String proclitic, String enclitic) {
        int stripped() {
            return proclitic.length() + enclitic.length();
        }
    }

    private final ConcurrentHashMap<String, TermPattern[]> byFirstKey = new ConcurrentHashMap<>();

    /** The pattern for one form of a term, or null when the form has no tokens. */
    TermPattern compile(IndexedConcept concept, IndexedTerm term, String form, List<Token> tokens, boolean variant) {
        if (tokens.isEmpty()) {
            return null;
        }
        String[] keys = tokens.stream().map(Token::norm).toArray(String[]::new);
        return new TermPattern(concept, term, form, variant, keys, new String[keys.length], false, false);
    }

    /** Every match of every pattern in the text (overlaps resolved later). */
    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (TermPattern p : bucket(tokens.get(i).norm())) {
                if (followsExactly(p, tokens, i, 1, p.length())) {
                    matches.add(new Match(p, i, i + p.length() - 1, "", ""));
                }
            }
        }
        return matches;
    }

    /** Whether tokens {@code i+from .. i+to-1} carry the pattern's keys {@code from..to-1}. */
    boolean followsExactly(TermPattern p, List<Token> tokens, int i, int from, int to) {
        if (i + p.length() > tokens.size()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!p.keys[k].equals(key(p, tokens.get(i + k))) || !surfaceFits(p, k, tokens.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** The key a text token has for this pattern's kind of keys. */
    String key(TermPattern p, Token token) {
        return token.norm();
    }

    static boolean surfaceFits(TermPattern p, int k, Token token) {
        return p.exactSurface[k] == null || p.exactSurface[k].equals(token.surface());
    }

    TermPattern[] bucket(String key) {
        TermPattern[] bucket = byFirstKey.get(key);
        return bucket == null ? EMPTY : bucket;
    }

    void add(TermPattern pattern) {
        byFirstKey.merge(pattern.keys[0], new TermPattern[] {pattern}, (old, one) -> {
            TermPattern[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = one[0];
            return grown;
        });
    }

    void remove(String firstKey, long conceptId) {
        byFirstKey.computeIfPresent(firstKey, (k, old) -> {
            TermPattern[] kept = Arrays.stream(old).filter(p -> p.concept.id() != conceptId).toArray(TermPattern[]::new);
            return kept.length == 0 ? null : kept;
        });
    }

    private static final TermPattern[] EMPTY = new TermPattern[0];
}
