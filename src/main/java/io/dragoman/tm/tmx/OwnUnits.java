package io.dragoman.tm.tmx;

import io.dragoman.tm.TextHash;
import io.dragoman.tm.ValidUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every unit an import itself wrote, so that a repeat of one of them is known identical without
 * asking the database: the duplicate lookup was a quarter of an import's time, and user-interface
 * files repeat their short strings all along, often hundreds of thousands of units apart. Only
 * for {@link DuplicatePolicy#SKIP_IDENTICAL}, under which an import never changes a unit it wrote,
 * and nobody else can see those units before it commits.
 *
 * <p>A unit is kept as the first 128 bits of the SHA-256 of its source hash, languages and target,
 * in an open-addressing table of at most {@value #CAPACITY} units (32 MB): two different units share
 * a key with a probability near 10<sup>-26</sup> per import, far below what the memory already
 * trusts (a unit's source is identified by its SHA-256 alone). Past the capacity, units are no
 * longer recorded and the table is no longer {@link #complete()}: the import asks the database again.
 */
final class OwnUnits {
    static final int CAPACITY = 1 << 20;
    private long[] high = new long[1 << 14];
    private long[] low = new long[1 << 14];
    private boolean[] used = new boolean[1 << 14];
    private int size;
    private boolean complete = true;
    /** One per import, which runs on one thread: looking the algorithm up per unit cost more than hashing. */
    private final MessageDigest digest = TextHash.sha256();

    /** True while every unit the import wrote is recorded here. */
    boolean complete() {
        return complete;
    }

    /** A unit's identity here; computed once per unit (a SHA-256 costs as much as a lookup in the table). */
    record Key(long high, long low) {
    }

    /** True when this import wrote a unit with the same source, languages and target. */
    boolean holds(ValidUnit unit) {
        return holds(key(unit));
    }

    boolean holds(Key key) {
        int mask = used.length - 1;
        for (int i = slot(key.high(), mask); used[i]; i = (i + 1) & mask) {
            if (high[i] == key.high() && low[i] == key.low()) {
                return true;
            }
        }
        return false;
    }

    /** Records a unit the import is writing. */
    void add(ValidUnit unit) {
        add(key(unit));
    }

    void add(Key key) {
        if (size >= CAPACITY) {
            complete = false;
            return;
        }
        if (put(key.high(), key.low()) && ++size * 4L > used.length * 3L) {
            long[] oldHigh = high;
            long[] oldLow = low;
            boolean[] oldUsed = used;
            high = new long[oldUsed.length * 2];
            low = new long[oldUsed.length * 2];
            used = new boolean[oldUsed.length * 2];
            for (int i = 0; i < oldUsed.length; i++) {
                if (oldUsed[i]) {
                    put(oldHigh[i], oldLow[i]);
                }
            }
        }
    }

    private boolean put(long h, long l) {
        int mask = used.length - 1;
        int i = slot(h, mask);
        for (; used[i]; i = (i + 1) & mask) {
            if (high[i] == h && low[i] == l) {
                return false;
            }
        }
        used[i] = true;
        high[i] = h;
        low[i] = l;
        return true;
    }

    /** SHA-256 bits are uniform: the high word picks the slot. */
    private static int slot(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    Key key(ValidUnit unit) {
        // A separator that cannot occur in a hex hash or a language tag keeps the fields apart.
        digest.update(unit.sourceHash().getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(unit.sourceLang().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(unit.targetLang().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        byte[] sha = digest.digest(unit.draft().targetText().getBytes(StandardCharsets.UTF_8));
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (sha[i] & 0xFF);
            l = (l << 8) | (sha[i + 8] & 0xFF);
        }
        return new Key(h, l);
    }

}
