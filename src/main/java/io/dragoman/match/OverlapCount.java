package io.dragoman.match;

import java.util.Arrays;

/**
 * The entries that hold enough of a query's tokens, found on the inverted lists themselves so that
 * only those are verified (MergeSkip). A query holding a token q times reads the lists of its
 * first to q-th occurrences ({@link Postings}), so an entry's overlap with the query, the size of
 * the multiset intersection, is the number of these lists it is in. With the lists rarest first
 * and a least need of {@code least} lists, an entry in none of the first {@code k − least + 1}
 * lists is in too few of them: those lists are read whole and merged, which counts for each
 * entry the ones that hold it, and the other, long lists of frequent words are only probed for
 * the entries merged, rarest first, by galloping search. An entry is dropped as soon as what it
 * has plus the lists not yet probed is below its need. Lists hold entries in increasing order, so
 * each probe starts where the last one on that list stopped.
 *
 * <p>An entry of n tokens needs at least {@code max(floor, ⌈percent·max(m, n)/100⌉)} lists and
 * must have {@code shortest ≤ n ≤ longest}; {@link CandidateFilter} says why these bounds lose
 * nothing.
 */
final class OverlapCount {
    private final IndexStore index;
    private final int[][] lists;
    private final int[] sizes;
    /** Per list: the next position to read (merged lists) or where the last probe stopped (probed lists). */
    private final int[] at;
    private int[] found = new int[64];
    private int count;
    /** The weight the last {@link #probe} reached. */
    private int reached;

    /**
     * @param tokens      token ids, each with one of its occurrences, rarest list first
     * @param occurrences which occurrence of its token each list holds (1 for the first)
     */
    OverlapCount(IndexStore index, int[] tokens, int[] occurrences) {
        this.index = index;
        int k = tokens.length;
        this.lists = new int[k][];
        this.sizes = new int[k];
        this.at = new int[k];
        for (int i = 0; i < k; i++) {
            lists[i] = index.postings(tokens[i], occurrences[i]);
            sizes[i] = index.frequency(tokens[i], occurrences[i]);
        }
    }

    /** The entries, in increasing order, with a length in range and enough weight (see the class comment). */
    int[] entries(int m, int percent, int floor, int shortest, int longest) {
        int least = Math.max(floor, (percent * m + 99) / 100);
        int merged = lists.length - least + 1;
        // A binary heap of the merged lists by the entry at their read position.
        int[] heap = new int[Math.max(0, merged)];
        int heapSize = 0;
        for (int i = 0; i < merged; i++) {
            if (sizes[i] > 0) {
                heap[heapSize++] = i;
                up(heap, heapSize - 1);
            }
        }
        while (heapSize > 0) {
            int entry = head(heap[0]);
            int weight = 0;
            while (heapSize > 0 && head(heap[0]) == entry) {
                int list = heap[0];
                weight++;
                if (++at[list] == sizes[list]) {
                    heap[0] = heap[--heapSize];
                }
                down(heap, heapSize);
            }
            // The least need first: it spares most entries the read of their length.
            int next = probe(entry, weight, merged, least);
            if (next < 0) {
                continue;
            }
            int n = index.length(entry);
            if (n < shortest || n > longest) {
                continue;
            }
            int need = Math.max(floor, (percent * Math.max(m, n) + 99) / 100);
            if (probe(entry, reached, next, need) >= 0) {
                add(entry);
            }
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * Probes the lists from {@code from} on until the entry's weight reaches {@code need}: the next
     * list to probe, with the weight in {@link #reached}, or -1 once the lists left weigh too little.
     */
    private int probe(int entry, int weight, int from, int need) {
        int list = from;
        while (weight < need) {
            if (weight + lists.length - list < need) {
                return -1;
            }
            if (contains(list, entry)) {
                weight++;
            }
            list++;
        }
        reached = weight;
        return list;
    }

    private void add(int entry) {
        if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
        }
        found[count++] = entry;
    }

    /**
     * Searches from where the list's last probe stopped (entries come in increasing order): a few
     * steps one by one, since consecutive probes of lists of similar length land close, then
     * galloping for the long jumps.
     */
    private boolean contains(int list, int entry) {
        int[] values = lists[list];
        int size = sizes[list];
        int from = at[list];
        int near = Math.min(size, from + 8);
        while (from < near && values[from] < entry) {
            from++;
        }
        if (from < near || from == size) {
            at[list] = from;
            return from < size && values[from] == entry;
        }
        int low = from - 1;
        int step = 1;
        int high = from;
        while (high < size && values[high] < entry) {
            low = high;
            step <<= 1;
            high = low + step;
        }
        // values[low] < entry, and entry ≤ values[high] unless high is past the end.
        int hit = Arrays.binarySearch(values, low + 1, Math.min(high + 1, size), entry);
        at[list] = hit >= 0 ? hit : -hit - 1;
        return hit >= 0;
    }

    private int head(int list) {
        return lists[list][at[list]];
    }

    private void up(int[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (head(heap[parent]) <= head(heap[i])) {
                return;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    private void down(int[] heap, int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int least = left + 1 < size && head(heap[left + 1]) < head(heap[left]) ? left + 1 : left;
            if (head(heap[i]) <= head(heap[least])) {
                return;
            }
            swap(heap, i, least);
            i = least;
        }
    }

    private static void swap(int[] heap, int i, int j) {
        int t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }
}
