package io.dragoman.match;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The entries of one inverted list grouped by the length of their side (its scored tokens), each
 * group in increasing order. {@link Postings} keeps its long lists this way, so that a lookup
 * reads only the lengths that can reach the threshold and, for each, only as many lists as a side
 * of that length needs ({@link OverlapCount}); a short list is grouped for the lookup that reads it.
 */
final class ByLength {
    private static final int[] NONE = new int[0];
    private int shortest;
    private int[][] groups;
    private int[] sizes;

    /** Room for exactly {@code counts[i]} entries of length {@code shortest + i}: a rebuild counted them. */
    ByLength(int shortest, int[] counts) {
        this.shortest = shortest;
        this.groups = new int[counts.length][];
        this.sizes = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            groups[i] = counts[i] == 0 ? null : new int[counts[i]];
        }
    }

    /**
     * The first {@code size} entries of a list in increasing order, those of length {@code shortest}
     * to {@code longest} grouped: counted first, so that each group is allocated once.
     */
    static ByLength of(int[] list, int size, IntUnaryOperator lengthOf, int shortest, int longest) {
        int[] lengths = new int[size];
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            int n = lengthOf.applyAsInt(list[i]);
            lengths[i] = n;
            if (n >= shortest && n <= longest) {
                low = Math.min(low, n);
                high = Math.max(high, n);
            }
        }
        if (low > high) {
            return new ByLength(0, NONE);
        }
        int[] counts = new int[high - low + 1];
        for (int n : lengths) {
            if (n >= low && n <= high) {
                counts[n - low]++;
            }
        }
        ByLength grouped = new ByLength(low, counts);
        for (int i = 0; i < size; i++) {
            if (lengths[i] >= low && lengths[i] <= high) {
                grouped.add(list[i], lengths[i]);
            }
        }
        return grouped;
    }

    /** The shortest length a group can hold; with {@link #longest}, the range to read. */
    int shortest() {
        return shortest;
    }

    /** The longest length a group can hold: below {@link #shortest} when there are none. */
    int longest() {
        return shortest + groups.length - 1;
    }

    /** How many entries of length {@code n}. */
    int size(int n) {
        int i = n - shortest;
        return i < 0 || i >= sizes.length ? 0 : sizes[i];
    }

    /** The entries of length {@code n}, valid up to {@link #size}: the list's own array, read only. */
    int[] group(int n) {
        int i = n - shortest;
        return i < 0 || i >= groups.length || groups[i] == null ? NONE : groups[i];
    }

    /** Adds an entry newer than every entry of its length so far. */
    void add(int entry, int n) {
        if (groups.length == 0) {
            shortest = n;
            groups = new int[1][];
            sizes = new int[1];
        } else if (n < shortest) {
            int more = shortest - n;
            int[][] wider = new int[groups.length + more][];
            System.arraycopy(groups, 0, wider, more, groups.length);
            int[] widerSizes = new int[sizes.length + more];
            System.arraycopy(sizes, 0, widerSizes, more, sizes.length);
            groups = wider;
            sizes = widerSizes;
            shortest = n;
        } else if (n > longest()) {
            groups = Arrays.copyOf(groups, n - shortest + 1);
            sizes = Arrays.copyOf(sizes, n - shortest + 1);
        }
        int i = n - shortest;
        int[] group = append(groups[i], sizes[i]++, entry);
        if (group != groups[i]) {
            // Only when it grew: a reference store costs a GC write barrier, and adds are many.
            groups[i] = group;
        }
    }

    /** A list of {@code size} entries with one more: the same array while it has room, else one half as long again. */
    static int[] append(int[] list, int size, int entry) {
        int[] room = list == null ? new int[2]
                : size < list.length ? list : Arrays.copyOf(list, list.length + (list.length >> 1) + 1);
        room[size] = entry;
        return room;
    }

    long bytes() {
        long bytes = 16 + 16 + 8L * groups.length + 16 + 4L * sizes.length;
        for (int[] group : groups) {
            if (group != null) {
                bytes += 16 + 4L * group.length;
            }
        }
        return bytes;
    }
}
