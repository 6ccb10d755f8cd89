package io.dragoman.match;

import java.util.Arrays;

/**
 * The entries that hold enough of a query's tokens, found on the inverted lists themselves so that
 * only those are verified (MergeSkip). Each distinct query token has a weight, the number of query
 * positions holding it, and an entry's overlap with the query is at most the sum of the weights of
 * the lists it is in. The lists are split in two: the rarest ones ({@code merged}) are read whole
 * and merged, which gives every entry that can reach the required weight (the caller chooses the
 * split so that the other lists together weigh too little); the other, long lists are only probed
 * for those entries, by galloping search, and an entry is dropped as soon as what it has plus what
 * the unprobed lists could add is below what it needs. Lists hold entries in increasing order, so
 * each probe starts where the last one on that list stopped.
 *
 * <p>An entry of n tokens needs a weight of at least {@code max(floor, ⌈percent·max(m, n)/100⌉)}
 * and must have {@code shortest ≤ n ≤ longest}; {@link CandidateFilter} says why these bounds lose
 * nothing.
 */
final class OverlapCount {
    private final IndexStore index;
    private final int[] tokens;
    private final int[] weights;
    private final int merged;
    private final int[][] lists;
    private final int[] sizes;
    /** Per list: the next position to read (merged lists) or where the last probe stopped (probed lists). */
    private final int[] at;
    private int[] found = new int[64];
    private int count;

    /**
     * @param tokens  distinct token ids, rarest first
     * @param weights how many query positions hold each of them
     * @param merged  how many of the first lists are read whole; the rest are probed
     */
    OverlapCount(IndexStore index, int[] tokens, int[] weights, int merged) {
        this.index = index;
        this.tokens = tokens;
        this.weights = weights;
        this.merged = merged;
        this.lists = new int[tokens.length][];
        this.sizes = new int[tokens.length];
        this.at = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lists[i] = index.postings(tokens[i]);
            sizes[i] = index.frequency(tokens[i]);
        }
    }

    /** The entries, in increasing order, with a length in range and enough weight (see the class comment). */
    int[] entries(int m, int percent, int floor, int shortest, int longest) {
        int probedWeight = 0;
        for (int i = merged; i < tokens.length; i++) {
            probedWeight += weights[i];
        }
        // A binary heap of the merged lists by the entry at their read position.
        int[] heap = new int[merged];
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
                weight += weights[list];
                if (++at[list] == sizes[list]) {
                    heap[0] = heap[--heapSize];
                }
                down(heap, heapSize);
            }
            int n = index.length(entry);
            if (n < shortest || n > longest) {
                continue;
            }
            int need = Math.max(floor, (percent * Math.max(m, n) + 99) / 100);
            if (probe(entry, weight, need, probedWeight)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, 2 * count);
                }
                found[count++] = entry;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** True when the entry reaches {@code need} with the probed lists it is in. */
    private boolean probe(int entry, int weight, int need, int probedWeight) {
        int left = probedWeight;
        for (int list = merged; list < tokens.length && weight < need; list++) {
            if (weight + left < need) {
                return false;
            }
            left -= weights[list];
            if (contains(list, entry)) {
                weight += weights[list];
            }
        }
        return weight >= need;
    }

    /** Galloping search from where the list's last probe stopped; entries come in increasing order. */
    private boolean contains(int list, int entry) {
        int[] values = lists[list];
        int size = sizes[list];
        int from = at[list];
        if (from >= size || values[from] >= entry) {
            return from < size && values[from] == entry;
        }
        int low = from;
        int step = 1;
        int high = from + 1;
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
