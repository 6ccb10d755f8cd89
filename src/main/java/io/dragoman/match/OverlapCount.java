package io.dragoman.match;

import java.util.Arrays;

/**
 * The entries that hold enough of a query's tokens, found on the inverted lists themselves so that
 * only those are verified (MergeSkip). A query holding a token q times reads the lists of its
 * first to q-th occurrences ({@link Postings}), so an entry's overlap with the query, the size of
 * the multiset intersection, is the number of these lists it is in. Lists are taken rarest first;
 * an entry is judged once, at the first list that holds it, where what it can still reach is the
 * number of lists from there on. The lists are read in turn while that number reaches the least
 * need (an entry in none of the lists read cannot reach it), and for each entry the later lists are
 * probed rarest first by galloping search, dropping it as soon as what it has plus the lists not yet
 * probed is below its need. The long lists of frequent words are thus mostly probed, not
 * read: an entry met on the last list read must be in nearly all the rest. Lists hold entries in
 * increasing order, so each probe starts where the last one on that list stopped.
 *
 * <p>An entry of n tokens needs a weight of at least {@code max(floor, ⌈percent·max(m, n)/100⌉)}
 * and must have {@code shortest ≤ n ≤ longest}; {@link CandidateFilter} says why these bounds lose
 * nothing.
 */
final class OverlapCount {
    private final IndexStore index;
    private final int[][] lists;
    private final int[] sizes;
    /** Per list, where the last probe stopped: entries before it are smaller than every entry still to come. */
    private final int[] at;
    private int[] found = new int[64];
    private int count;

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
        for (int read = 0; read < lists.length && lists.length - read >= least; read++) {
            Arrays.fill(at, 0);
            int[] list = lists[read];
            for (int i = 0, size = sizes[read]; i < size; i++) {
                int entry = list[i];
                // The least need first: it spares most entries the read of their length.
                int next = probe(entry, 1, read + 1, least);
                if (next < 0) {
                    continue;
                }
                int n = index.length(entry);
                if (n < shortest || n > longest) {
                    continue;
                }
                int need = Math.max(floor, (percent * Math.max(m, n) + 99) / 100);
                if (probe(entry, reached, next, need) >= 0 && !inEarlierList(entry, read)) {
                    add(entry);
                }
            }
        }
        int[] out = Arrays.copyOf(found, count);
        Arrays.sort(out);
        return out;
    }

    /** What {@link #probe} reached. */
    private int reached;

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

    /** True when a list read before {@code read} holds the entry: it was judged there. */
    private boolean inEarlierList(int entry, int read) {
        for (int list = 0; list < read; list++) {
            if (contains(list, entry)) {
                return true;
            }
        }
        return false;
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
}
