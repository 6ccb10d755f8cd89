package io.dragoman.match;

import java.util.Arrays;
import java.util.BitSet;

/** Collects the entries of inverted lists once each, keeping those whose length lies in a range. */
final class EntryGather {
    private final IndexStore index;
    private final BitSet seen = new BitSet();
    private int[] entries = new int[64];
    private int count;

    EntryGather(IndexStore index) {
        this.index = index;
    }

    void add(int token, int shortest, int longest) {
        if (token < 0) {
            return;
        }
        int[] list = index.postings(token);
        int size = index.frequency(token);
        for (int i = 0; i < size; i++) {
            int entry = list[i];
            int n = index.tokens(entry).length;
            if (n < shortest || n > longest || seen.get(entry)) {
                continue;
            }
            seen.set(entry);
            if (count == entries.length) {
                entries = Arrays.copyOf(entries, count * 2);
            }
            entries[count++] = entry;
        }
    }

    int[] entries() {
        return Arrays.copyOf(entries, count);
    }
}
