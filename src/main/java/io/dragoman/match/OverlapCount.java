package io.dragoman.match;

import java.util.Arrays;

/**
 * The entries that hold enough of a query's tokens, found on the inverted lists themselves so that
 * only those are verified (MergeSkip). A query holding a token q times reads the lists of its
 * first to q-th occurrences ({@link Postings}), so an entry's overlap with the query, the size of
 * the multiset intersection, is the number of these lists it is in.
 *
 * <p>The lists are read length by length ({@link ByLength}): an entry of n tokens is only in the
 * groups of length n, and needs {@code need(n) = max(floor, ⌈percent·max(m, n)/100⌉)} of the k
 * lists. For each length from {@code shortest} to {@code longest}, with that length's groups
 * smallest first, an entry in none of the first {@code k − need(n) + 1} is in too few: those are
 * read whole and merged, which counts for each entry the groups that hold it, and the other,
 * longer groups are only probed for the entries merged, smallest first, by galloping search. An
 * entry is dropped as soon as what it has plus the groups not yet probed is below its need. So a
 * side longer than the query, which needs more lists, is sought in fewer of them, and lengths
 * out of range are not read at all. Groups hold entries in increasing order, so each probe
 * starts where the last one on that group stopped. {@link CandidateFilter} says why these bounds
 * lose nothing.
 */
final class OverlapCount {
    private final ByLength[] lists;
    private final int shortest;
    private final int longest;
    /** The groups of the length being read, smallest first, and their sizes. */
    private final int[][] groups;
    private final int[] sizes;
    /** Per group: the next position to read (merged groups) or where the last probe stopped (probed groups). */
    private final int[] at;
    /** Group sizes with the list's number in the low bits: sorted, the reading order of a length. */
    private final long[] order;
    private int k;
    private int[] found = new int[64];
    private int count;

    /**
     * @param tokens      token ids, each with one of its occurrences: the query's lists, in any order
     * @param occurrences which occurrence of its token each list holds (1 for the first)
     * @param shortest    the shortest side length that can pass
     * @param longest     the longest side length that can pass
     */
    OverlapCount(IndexStore index, int[] tokens, int[] occurrences, int shortest, int longest) {
        int lists = tokens.length;
        this.lists = new ByLength[lists];
        this.shortest = shortest;
        this.longest = longest;
        this.groups = new int[lists][];
        this.sizes = new int[lists];
        this.at = new int[lists];
        this.order = new long[lists];
        for (int i = 0; i < lists; i++) {
            this.lists[i] = index.postings(tokens[i], occurrences[i], shortest, longest);
        }
    }

    /** The entries, in increasing order, with a length in range and enough weight (see the class comment). */
    int[] entries(int m, int percent, int floor) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (ByLength list : lists) {
            if (list.longest() >= list.shortest()) {
                low = Math.min(low, list.shortest());
                high = Math.max(high, list.longest());
            }
        }
        for (int n = Math.max(shortest, low); n <= Math.min(longest, high); n++) {
            int need = Math.max(Math.max(1, floor), (percent * Math.max(m, n) + 99) / 100);
            if (groupsOf(n) >= need) {
                count(need);
            }
        }
        int[] out = Arrays.copyOf(found, count);
        Arrays.sort(out);
        return out;
    }

    /** Takes the non-empty groups of length n, smallest first; returns how many there are. */
    private int groupsOf(int n) {
        k = 0;
        for (int i = 0; i < lists.length; i++) {
            int size = lists[i].size(n);
            if (size > 0) {
                order[k++] = (long) size << 32 | i;
            }
        }
        Arrays.sort(order, 0, k);
        for (int j = 0; j < k; j++) {
            ByLength list = lists[(int) order[j]];
            groups[j] = list.group(n);
            sizes[j] = list.size(n);
            at[j] = 0;
        }
        return k;
    }

    /** Merges the first {@code k − need + 1} groups and probes the others for each entry merged. */
    private void count(int need) {
        int merged = k - need + 1;
        // A binary heap of the merged groups by the entry at their read position.
        int[] heap = new int[merged];
        int heapSize = 0;
        for (int i = 0; i < merged; i++) {
            heap[heapSize++] = i;
            up(heap, heapSize - 1);
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
            if (probe(entry, weight, merged, need)) {
                add(entry);
            }
        }
    }

    /**
     * Probes the groups from {@code from} on until the entry's weight reaches {@code need}; false
     * once the groups left weigh too little.
     */
    private boolean probe(int entry, int weight, int from, int need) {
        for (int list = from; weight < need; list++) {
            if (weight + k - list < need) {
                return false;
            }
            if (contains(list, entry)) {
                weight++;
            }
        }
        return true;
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
        int[] values = groups[list];
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
        return groups[list][at[list]];
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
