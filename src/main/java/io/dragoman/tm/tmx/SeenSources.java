package io.dragoman.tm.tmx;

import java.util.Arrays;

/**
 * The source texts an import has met, in the memory before it and in its own files, as 64-bit
 * prefixes of their SHA-256 in an open-addressing table: 8 to 11 bytes per unit, no objects.
 * A source never met cannot have a duplicate, so its unit skips the database lookup; a prefix
 * met before (a real duplicate, or very rarely a prefix collision) sends the unit to the exact
 * lookup by full hash. Far cheaper than asking the database about every unit.
 */
final class SeenSources {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1 << 16];
    private int size;
    /** 0 is the empty-slot marker, so a prefix that is 0 is remembered here. */
    private boolean zeroSeen;

    /** Records the source hash (hex); true when its prefix was not met before. */
    boolean add(String sourceHash) {
        return add(prefix(sourceHash));
    }

    /** True when the source hash's prefix was met (then the source may have been, or not). */
    boolean contains(String sourceHash) {
        return contains(prefix(sourceHash));
    }

    private boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !zeroSeen;
            zeroSeen = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = (int) mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        if (++size * 4L > slots.length * 3L) {
            grow();
        }
        return true;
    }

    private boolean contains(long key) {
        if (key == EMPTY) {
            return zeroSeen;
        }
        int mask = slots.length - 1;
        for (int i = (int) mix(key) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return true;
            }
        }
        return false;
    }

    private static long prefix(String sourceHash) {
        return Long.parseUnsignedLong(sourceHash.substring(0, 16), 16);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = (int) mix(key) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
            }
        }
        Arrays.fill(old, EMPTY);
    }

    /** SHA-256 bits are uniform already; the mix guards against any structure in the prefixes. */
    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
