package io.dragoman.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * Inverted lists: for each token id the entries holding it, in the order added (a long list: in
 * that order within each side length). A number is listed under its own id and under
 * {@link TokenDictionary#NUMBER}; units without scored tokens are under {@link TokenDictionary#EMPTY}.
 * Lists of retired entries are cleaned by {@link FuzzyIndex} compactions.
 *
 * <p>An entry holding a token k ≥ 2 times is also in the list of its k-th occurrence, so that the
 * candidate filter counts the multiset overlap exactly: a query repeating a frequent word ("the
 * … the … the") otherwise weighs each sentence with one "the" as if it had all of them. These
 * lists are short (few sides repeat a word), so they live in a map and grow by copies.
 *
 * <p>A list that reaches {@link #GROUP_AT} entries is kept grouped by side length instead
 * ({@link ByLength}): a lookup then reads only the lengths that can match, which is where the
 * time of the candidate filter went with frequent words. An entry is appended to the group of its
 * length, so adding stays O(1) and each group stays in increasing order; a rebuild groups the
 * same lists the same way, so the lists an entry is in and their order per length do not depend
 * on how the index got there. Shorter lists are grouped by the lookup that reads them.
 */
final class Postings {
    /** Lists this long are kept grouped by length: a few thousand at a million units, so the groups' headers weigh little. */
    static final int GROUP_AT = 1024;
    private static final int[] NONE = new int[0];
    private final int groupAt;
    /** The number of scored tokens of an entry's side: the index's length array. */
    private final IntUnaryOperator lengthOf;
    /** Lists of repeated occurrences by {@link #repeatKey}. */
    private final Map<Long, Repeat> repeats = new HashMap<>();
    /** Lists of first occurrences, while shorter than {@link #groupAt}; null once grouped. */
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    /** Lists of first occurrences once grouped; null before. */
    private ByLength[] grouped = new ByLength[1024];
    /**
     * The last entry listed under each id, so that an entry is listed once per list without
     * sorting its ids. Entries are listed in increasing order (a compaction renumbers them from 0
     * and lists them all again), so an old mark never equals a new entry.
     */
    private int[] seenIn = unmarked(1024);
    /** How many times the entry last marked in {@link #seenIn} holds each id, so far. */
    private int[] occurrences = new int[1024];

    Postings(IntUnaryOperator lengthOf) {
        this(GROUP_AT, lengthOf);
    }

    /** Lists grouped from {@code groupAt} entries on: tests group small lists to check both forms. */
    Postings(int groupAt, IntUnaryOperator lengthOf) {
        this.groupAt = Math.max(1, groupAt);
        this.lengthOf = lengthOf;
    }

    /**
     * Lists an entry newer than every entry listed so far. Numbers are listed under their value and
     * under "#" (see CandidateFilter), each list once per entry ({@link #forEachListed}).
     */
    void addEntry(int entry, int[] ids, TokenDictionary dictionary) {
        grow(dictionary.size());
        forEachListed(entry, ids, dictionary, seenIn, occurrences, id -> append(id, entry),
                (id, k) -> repeat(id, k).append(entry));
    }

    /** How many entries hold the token (retired ones included). */
    int frequency(int filterId) {
        return filterId < 0 || filterId >= sizes.length ? 0 : sizes[filterId];
    }

    /** How many entries hold the token at least {@code occurrence} times. */
    int frequency(int id, int occurrence) {
        if (occurrence == 1) {
            return frequency(id);
        }
        Repeat repeat = repeats.get(repeatKey(id, occurrence));
        return repeat == null ? 0 : repeat.size;
    }

    /**
     * The entries holding the token at least {@code occurrence} times, grouped by length: the
     * list's own groups when it is kept grouped (read only, every length), else those of length
     * {@code shortest} to {@code longest} grouped anew.
     */
    ByLength grouped(int id, int occurrence, int shortest, int longest) {
        if (occurrence == 1) {
            if (id < 0 || id >= sizes.length || sizes[id] == 0) {
                return ByLength.of(NONE, 0, lengthOf, shortest, longest);
            }
            return grouped[id] != null ? grouped[id] : ByLength.of(lists[id], sizes[id], lengthOf, shortest, longest);
        }
        Repeat repeat = repeats.get(repeatKey(id, occurrence));
        if (repeat == null) {
            return ByLength.of(NONE, 0, lengthOf, shortest, longest);
        }
        return repeat.grouped != null ? repeat.grouped : ByLength.of(repeat.list, repeat.size, lengthOf, shortest, longest);
    }

    /** Each entry holding the token at least {@code occurrence} times, once, in no stated order. */
    void forEach(int id, int occurrence, IntConsumer action) {
        int[] list;
        int size;
        ByLength groups;
        if (occurrence == 1) {
            if (id < 0 || id >= sizes.length) {
                return;
            }
            list = lists[id];
            size = sizes[id];
            groups = grouped[id];
        } else {
            Repeat repeat = repeats.get(repeatKey(id, occurrence));
            if (repeat == null) {
                return;
            }
            list = repeat.list;
            size = repeat.size;
            groups = repeat.grouped;
        }
        if (groups == null) {
            for (int i = 0; i < size; i++) {
                action.accept(list[i]);
            }
            return;
        }
        for (int n = groups.shortest(); n <= groups.longest(); n++) {
            int[] group = groups.group(n);
            for (int i = 0, count = groups.size(n); i < count; i++) {
                action.accept(group[i]);
            }
        }
    }

    /**
     * Lists every one of the first {@code entries} entries (none of them retired) at once: a
     * snapshot read back, or a compaction. Counting first gives each list its exact size, so no
     * list grows by copies (at a million units those copies and their garbage took half of a
     * snapshot's reading), and a mark per token id replaces sorting each entry's ids. The long
     * lists are then grouped, each as adding its entries one by one would have grouped it.
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
        grouped = new ByLength[words];
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
        for (int id = 0; id < words; id++) {
            if (sizes[id] >= groupAt) {
                group(id);
            }
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

    /** A growing list of the entries holding a token k times or more, grouped by length once long. */
    private final class Repeat {
        int[] list = new int[2];
        int size;
        ByLength grouped;

        void append(int entry) {
            size++;
            if (grouped != null) {
                grouped.add(entry, lengthOf.applyAsInt(entry));
                return;
            }
            int[] grown = ByLength.append(list, size - 1, entry);
            if (grown != list) {
                list = grown;
            }
            if (size == groupAt) {
                grouped = ByLength.of(list, size, lengthOf, 0, Integer.MAX_VALUE);
                list = null;
            }
        }

        long bytes() {
            return grouped != null ? grouped.bytes() : 16 + 4L * list.length;
        }
    }

    long bytes() {
        long bytes = lists.length * 8L + sizes.length * 4L + grouped.length * 4L + seenIn.length * 4L + occurrences.length * 4L;
        for (Repeat repeat : repeats.values()) {
            // The map's node, its boxed key, the holder and its lists.
            bytes += 32 + 24 + 32 + repeat.bytes();
        }
        for (int id = 0; id < lists.length; id++) {
            if (lists[id] != null) {
                bytes += 16 + 4L * lists[id].length;
            } else if (grouped[id] != null) {
                bytes += grouped[id].bytes();
            }
        }
        return bytes;
    }

    private void append(int id, int entry) {
        if (grouped[id] != null) {
            grouped[id].add(entry, lengthOf.applyAsInt(entry));
            sizes[id]++;
            return;
        }
        int[] list = ByLength.append(lists[id], sizes[id]++, entry);
        if (list != lists[id]) {
            lists[id] = list;
        }
        if (sizes[id] == groupAt) {
            group(id);
        }
    }

    private void group(int id) {
        grouped[id] = ByLength.of(lists[id], sizes[id], lengthOf, 0, Integer.MAX_VALUE);
        lists[id] = null;
    }

    /** Room for ids below {@code words}. */
    private void grow(int words) {
        if (words <= lists.length) {
            return;
        }
        int capacity = Math.max(words, lists.length * 2);
        lists = Arrays.copyOf(lists, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        grouped = Arrays.copyOf(grouped, capacity);
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
