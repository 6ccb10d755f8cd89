package io.dragoman.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns normalised tokens as dense int ids, so that a unit costs four bytes per token and
 * comparisons are int compares. Ids 0 and 1 are reserved: {@link #NUMBER} stands for every
 * number in the candidate filter, {@link #EMPTY} keys the units that have no scored token.
 * Not thread-safe: {@link FuzzyIndex} guards it with its lock.
 */
final class TokenDictionary {
    static final int NUMBER = 0;
    static final int EMPTY = 1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    private boolean[] numeric = new boolean[1024];

    TokenDictionary() {
        tokens.add("\u0000number");
        tokens.add("\u0000empty");
    }

    /** The id of a token, added when new. */
    int intern(String norm, boolean isNumber) {
        Integer id = ids.get(norm);
        if (id != null) {
            return id;
        }
        int next = tokens.size();
        ids.put(norm, next);
        tokens.add(norm);
        if (next >= numeric.length) {
            numeric = java.util.Arrays.copyOf(numeric, numeric.length * 2);
        }
        numeric[next] = isNumber;
        return next;
    }

    /** The id of a known token, or -1. */
    int find(String norm) {
        Integer id = ids.get(norm);
        return id == null ? -1 : id;
    }

    String token(int id) {
        return tokens.get(id);
    }

    int size() {
        return tokens.size();
    }

    /** The id the candidate filter uses: every number is {@link #NUMBER}. Unknown ids (< 0) stay. */
    int filterId(int id) {
        return id >= 0 && numeric[id] ? NUMBER : id;
    }
}
