package io.dragoman.match;

import java.util.Arrays;

/**
 * A long key (a unit id, a word pair) → an int, open addressing with linear probing over primitive arrays: a boxed
 * {@code HashMap<Long, Integer>} would cost about 60 bytes per unit instead of about 24.
 */
public final class LongIntMap {
    private static final long FREE = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[n];
        values = new int[n];
        Arrays.fill(keys, FREE);
    }

    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == FREE) {
                return -1;
            }
        }
    }

    public void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    void remove(long key) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != key) {
            if (keys[i] == FREE) {
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = FREE;
        size--;
        // Re-insert the rest of the probe run so that later lookups do not stop at the hole.
        for (int j = (i + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            long k = keys[j];
            int v = values[j];
            keys[j] = FREE;
            size--;
            put(k, v);
        }
    }

    public int size() {
        return size;
    }

    public long bytes() {
        return keys.length * 12L;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
