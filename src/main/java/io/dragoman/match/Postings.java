package io.dragoman.match;

import java.util.Arrays;

/**
 * Inverted lists: for each filter token id (numbers share {@link TokenDictionary#NUMBER}, units
 * without scored tokens are under {@link TokenDictionary#EMPTY}), the entries holding it, in the
 * order added. Lists of retired entries are cleaned by {@link FuzzyIndex} compactions.
 */
final class Postings {
    private static final int[] NONE = new int[0];
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];

    void addEntry(int entry, int[] ids, TokenDictionary dictionary) {
        if (ids.length == 0) {
            append(TokenDictionary.EMPTY, entry);
            return;
        }
        int[] distinct = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            distinct[i] = dictionary.filterId(ids[i]);
        }
        Arrays.sort(distinct);
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                append(distinct[i], entry);
            }
        }
    }

    /** How many entries hold the token (retired ones included): the rarity order of the filter. */
    int frequency(int filterId) {
        return filterId < 0 || filterId >= sizes.length ? 0 : sizes[filterId];
    }

    /** The list of a token; valid up to {@link #frequency}. */
    int[] list(int filterId) {
        return filterId < 0 || filterId >= lists.length || lists[filterId] == null ? NONE : lists[filterId];
    }

    void clear() {
        lists = new int[1024][];
        sizes = new int[1024];
    }

    long bytes() {
        long bytes = lists.length * 8L + sizes.length * 4L;
        for (int[] list : lists) {
            if (list != null) {
                bytes += 16 + 4L * list.length;
            }
        }
        return bytes;
    }

    private void append(int id, int entry) {
        if (id >= lists.length) {
            int capacity = Math.max(id + 1, lists.length * 2);
            lists = Arrays.copyOf(lists, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
        int[] list = lists[id];
        if (list == null) {
            list = new int[2];
            lists[id] = list;
        } else if (sizes[id] == list.length) {
            list = Arrays.copyOf(list, list.length + (list.length >> 1) + 1);
            lists[id] = list;
        }
        list[sizes[id]++] = entry;
    }
}
