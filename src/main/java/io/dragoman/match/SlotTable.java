package io.dragoman.match;

import java.util.Arrays;

/**
 * The per-slot and per-entry arrays of an {@link IndexStore}: unit id, memory id, previous-segment
 * hash and the two languages per slot; token ids, their count and raw-text hash per entry (entry
 * {@code 2·slot} is the source side, {@code 2·slot + 1} the target side). Only the store reads them.
 */
final class SlotTable {
    long[] unitIds = new long[1024];
    long[] memoryIds = new long[1024];
    long[] previousHashes = new long[1024];
    short[] sourceLangs = new short[1024];
    short[] targetLangs = new short[1024];
    int[][] tokens = new int[2048][];
    /**
     * {@code tokens[entry].length}, kept apart: the candidate filter's length check reads it for
     * every entry of a long inverted list, and a dense array spares a cache miss on each token array.
     */
    int[] lengths = new int[2048];
    long[] rawHashes = new long[2048];

    void put(int slot, IndexedUnit unit, short sourceLang, short targetLang) {
        put(slot, unit.id(), unit.memoryId(), FuzzyIndex.contextHash(unit.prevSourceHash()), sourceLang, targetLang);
    }

    void put(int slot, long unitId, long memoryId, long previousHash, short sourceLang, short targetLang) {
        unitIds[slot] = unitId;
        memoryIds[slot] = memoryId;
        previousHashes[slot] = previousHash;
        sourceLangs[slot] = sourceLang;
        targetLangs[slot] = targetLang;
    }

    void side(int entry, int[] ids, long rawHash) {
        tokens[entry] = ids;
        lengths[entry] = ids.length;
        rawHashes[entry] = rawHash;
    }

    /** The language code of the entry's own side, or of its other side. */
    short language(int entry, boolean otherSide) {
        int slot = entry >>> 1;
        return ((entry & 1) == 0) != otherSide ? sourceLangs[slot] : targetLangs[slot];
    }

    void move(int from, int to) {
        unitIds[to] = unitIds[from];
        memoryIds[to] = memoryIds[from];
        previousHashes[to] = previousHashes[from];
        sourceLangs[to] = sourceLangs[from];
        targetLangs[to] = targetLangs[from];
        for (int side = 0; side < 2; side++) {
            tokens[2 * to + side] = tokens[2 * from + side];
            lengths[2 * to + side] = lengths[2 * from + side];
            rawHashes[2 * to + side] = rawHashes[2 * from + side];
        }
    }

    void clearEntries(int from, int to) {
        Arrays.fill(tokens, from, to, null);
    }

    void ensureCapacity(int needed) {
        if (needed <= unitIds.length) {
            return;
        }
        int capacity = Math.max(needed, unitIds.length + (unitIds.length >> 1));
        unitIds = Arrays.copyOf(unitIds, capacity);
        memoryIds = Arrays.copyOf(memoryIds, capacity);
        previousHashes = Arrays.copyOf(previousHashes, capacity);
        sourceLangs = Arrays.copyOf(sourceLangs, capacity);
        targetLangs = Arrays.copyOf(targetLangs, capacity);
        tokens = Arrays.copyOf(tokens, 2 * capacity);
        lengths = Arrays.copyOf(lengths, 2 * capacity);
        rawHashes = Arrays.copyOf(rawHashes, 2 * capacity);
    }

    /** Heap bytes of the arrays, the token arrays of the first {@code entries} entries included. */
    long bytes(int entries) {
        long bytes = unitIds.length * (8L + 8 + 8 + 2 + 2) + rawHashes.length * 8L + tokens.length * 4L + lengths.length * 4L;
        for (int entry = 0; entry < entries; entry++) {
            if (tokens[entry] != null) {
                bytes += 16 + 4L * tokens[entry].length;
            }
        }
        return bytes;
    }
}
