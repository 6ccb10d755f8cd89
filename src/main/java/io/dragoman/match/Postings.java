package io.dragoman.match;

import java.util.Arrays;

/**
 * Inverted lists: for each token id the entries holding it, in the order added. A number is
 * listed under its own id and under {@link TokenDictionary#NUMBER}; units without scored tokens
 * are under {@link TokenDictionary#EMPTY}. Lists of retired entries are cleaned by {@link FuzzyIndex} compactions.
 */
final class Postings {
    private static final int[] NONE = new int[0];
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    /**
     * The last entry listed under each id, so that an entry is listed once per list without
     * sorting its ids. Entries are listed in increasing order (a compaction renumbers them from 0
     * and lists them all again), so an old mark never equals a new entry.
     */
    private int[] seenIn = unmarked(1024);

    /**
     * Lists an entry newer than every entry listed so far. Numbers are listed under their value and
     * under "#" (see CandidateFilter), each list once per entry ({@link #forEachListed}).
     */
    void addEntry(int entry, int[] ids, TokenDictionary dictionary) {
        grow(dictionary.size());
        forEachListed(entry, ids, dictionary, seenIn, id -> append(id, entry));
    }

    /** How many entries hold the token (retired ones included): the rarity order of the filter. */
    int frequency(int filterId) {
        return filterId < 0 || filterId >= sizes.length ? 0 : sizes[filterId];
    }

    /** The list of a token; valid up to {@link #frequency}. */
    int[] list(int filterId) {
        return filterId < 0 || filterId >= lists.length || lists[filterId] == null ? NONE : lists[filterId];
    }

    /**
     * Lists every one of the first {@code entries} entries (none of them retired) at once: a
     * snapshot read back, or a compaction. Counting first gives each list its exact size, so no
     * list grows by copies (at a million units those copies and their garbage took half of a
     * snapshot's reading), and a mark per token id replaces sorting each entry's ids.
     */
    void rebuild(int[][] tokens, int entries, TokenDictionary dictionary) {
        int words = Math.max(dictionary.size(), TokenDictionary.EMPTY + 1);
        int[] counts = new int[words];
        int[] seenIn = unmarked(words);
        for (int entry = 0; entry < entries; entry++) {
            forEachListed(entry, tokens[entry], dictionary, seenIn, id -> counts[id]++);
        }
        lists = new int[words][];
        sizes = new int[words];
        for (int id = 0; id < words; id++) {
            if (counts[id] > 0) {
                lists[id] = new int[counts[id]];
            }
        }
        Arrays.fill(seenIn, -1);
        this.seenIn = seenIn;
        for (int entry = 0; entry < entries; entry++) {
            int listed = entry;
            forEachListed(entry, tokens[entry], dictionary, seenIn, id -> lists[id][sizes[id]++] = listed);
        }
    }

    /** The lists an entry belongs in, each once: its ids, their filter ids, or EMPTY when it has none. */
    private static void forEachListed(int entry, int[] ids, TokenDictionary dictionary, int[] seenIn,
                                      java.util.function.IntConsumer list) {
        if (ids.length == 0) {
            list.accept(TokenDictionary.EMPTY);
            return;
        }
        for (int id : ids) {
            once(entry, id, seenIn, list);
            once(entry, dictionary.filterId(id), seenIn, list);
        }
    }

    private static void once(int entry, int id, int[] seenIn, java.util.function.IntConsumer list) {
        if (seenIn[id] != entry) {
            seenIn[id] = entry;
            list.accept(id);
        }
    }

    long bytes() {
        long bytes = lists.length * 8L + sizes.length * 4L + seenIn.length * 4L;
        for (int[] list : lists) {
            if (list != null) {
                bytes += 16 + 4L * list.length;
            }
        }
        return bytes;
    }

    private void append(int id, int entry) {
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

    /** Room for ids below {@code words}. */
    private void grow(int words) {
        if (words <= lists.length) {
            return;
        }
        int capacity = Math.max(words, lists.length * 2);
        lists = Arrays.copyOf(lists, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        int marked = seenIn.length;
        seenIn = Arrays.copyOf(seenIn, capacity);
        Arrays.fill(seenIn, marked, capacity, -1);
    }

    private static int[] unmarked(int words) {
        int[] marks = new int[words];
        Arrays.fill(marks, -1);
        return marks;
    }
}
