package io.dragoman.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Multiset difference of keyed items: what one side has more often than the other. */
final class Multisets {
    private Multisets() {
    }

    /** The items of {@code left} left over after removing, key by key, as many as {@code right} has. */
    static <T> List<T> minus(List<T> left, List<T> right, Function<T, String> key) {
        Map<String, Integer> available = new HashMap<>();
        for (T item : right) {
            available.merge(key.apply(item), 1, Integer::sum);
        }
        List<T> rest = new ArrayList<>();
        for (T item : left) {
            String k = key.apply(item);
            int n = available.getOrDefault(k, 0);
            if (n > 0) {
                available.put(k, n - 1);
            } else {
                rest.add(item);
            }
        }
        return rest;
    }
}
