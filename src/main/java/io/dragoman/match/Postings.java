package io.dragoman.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Inverted lists: for each token id the entries holding it, in the order added. A number is
 * listed under its own id and under {@link TokenDictionary#NUMBER}; units without scored tokens
 * are under {@link TokenDictionary#EMPTY}. Lists of retired entries are cleaned by {@link FuzzyIndex} compactions.
 *
 * <p>An entry holding a token k ≥ 2 times is also in the list of its k-th occurrence, so that the
 * candidate filter counts the multiset overlap exactly: a query repeating a frequent word ("the
 * … the … the") otherwise weighs each sentence with one "the" as if it had all of them. These
 * lists are short (few sides repeat a word), so they live in a map and grow by copies.
 */
final class Postings {
    private static final int[] NONE = new int[0];
    /** Lists of repeated occurrences by {@link #repeatKey}. */
    private final Map<Long, Repeat> repeats = new HashMap<>();
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    /**
     * The last entry listed under each id, so that an entry is listed once per list without
     * sorting its ids. Entries are listed in increasing order (a compaction renumbers them from 0
     * and lists them all again), so an old mark never equals a new entry.
     */
    private int[] seenIn = unmarked(1024);
    /** How many times the entry last marked in {@link #seenIn} holds each id, so far. */
    private int[] occurrences = new int[1024];

    /**
     * Lists an entry newer than every entry listed so far. Numbers are listed under their value and
     * under "#" (see CandidateFilter), each list once per entry ({@link #forEachListed}).
     */
    void addEntry(int entry, int[] ids, TokenDictionary dictionary) {
        grow(dictionary.size());
        forEachListed(entry, ids, dictionary, seenIn, occurrences, id -> append(id, entry),
                (id, k) -> repeat(id, k).append(entry));
    }

    /** How many entries hold the token (retired ones included): the rarity order of the filter. */
    int frequency(int filterId) {
        return filterId < 0 || filterId >= sizes.length ? 0 : sizes[filterId];
    }

    /** The list of a token; valid up to {@link #frequency}. */
    int[] list(int filterId) {
        return filterId < 0 || filterId >= lists.length || lists[filterId] == null ? NONE : lists[filterId];
    }

    /** How many entries hold the token at least {@code occurrence} times. */
    int frequency(int id, int occurrence) {
        if (occurrence == 1) {
            return frequency(id);
        }
        Repeat repeat = repeats.get(repeatKey(id, occurrence));
        return repeat == null ? 0 : repeat.size;
    }

    /** The entries holding the token at least {@code occurrence} times, in increasing order; valid up to {@link #frequency(int, int)}. */
    int[] list(int id, int occurrence) {
        if (occurrence == 1) {
            return list(id);
        }
        Repeat repeat = repeats.get(repeatKey(id, occurrence));
        return repeat == null ? NONE : repeat.list;
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
        int[] occurrences = new int[words];
        for (int entry = 0; entry < entries; entry++) {
            forEachListed(entry, tokens[entry], dictionary, seenIn, occurrences, id -> counts[id]++, (id, k) -> { });
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
        this.occurrences = occurrences;
        repeats.clear();
        for (int entry = 0; entry < entries; entry++) {
            int listed = entry;
            forEachListed(entry, tokens[entry], dictionary, seenIn, occurrences, id -> lists[id][sizes[id]++] = listed,
                    (id, k) -> repeat(id, k).append(listed));
        }
    }

    /**
     * The lists an entry belongs in, each once: its ids, their filter ids, or EMPTY when it has
     * none; and to {@code repeated}, each further occurrence of an id with its rank k ≥ 2.
     */
    private static void forEachListed(int entry, int[] ids, TokenDictionary dictionary, int[] seenIn, int[] occurrences,
                                      IntConsumer list, IntBinaryConsumer repeated) {
        if (ids.length == 0) {
            list.accept(TokenDictionary.EMPTY);
            return;
        }
        for (int id : ids) {
            if (seenIn[id] != entry) {
                seenIn[id] = entry;
                occurrences[id] = 1;
                list.accept(id);
            } else {
                repeated.accept(id, ++occurrences[id]);
            }
            int filterId = dictionary.filterId(id);
            if (filterId != id && seenIn[filterId] != entry) {
                seenIn[filterId] = entry;
                list.accept(filterId);
            }
        }
    }

    private interface IntBinaryConsumer {
        void accept(int id, int occurrence);
    }

    private static long repeatKey(int id, int occurrence) {
        return (long) id << 32 | occurrence;
    }

    private Repeat repeat(int id, int occurrence) {
        return repeats.computeIfAbsent(repeatKey(id, occurrence), key -> new Repeat());
    }

    /** A growing list of the entries holding a token k times or more. */
    private static final class Repeat {
        int[] list = new int[2];
        int size;

        void append(int entry) {
            if (size == list.length) {
                list = Arrays.copyOf(list, size + (size >> 1) + 1);
            }
            list[size++] = entry;
        }
    }

    long bytes() {
        long bytes = lists.length * 8L + sizes.length * 4L + seenIn.length * 4L + occurrences.length * 4L;
        for (Repeat repeat : repeats.values()) {
            // The map's node, its boxed key, the holder and the array.
            bytes += 32 + 24 + 24 + 16 + 4L * repeat.list.length;
        }
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
        occurrences = Arrays.copyOf(occurrences, capacity);
    }

    private static int[] unmarked(int words) {
        int[] marks = new int[words];
        Arrays.fill(marks, -1);
        return marks;
    }
}
