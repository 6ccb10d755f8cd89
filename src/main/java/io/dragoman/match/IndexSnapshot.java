package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The match index saved to a file, so that a start reads it back in a second instead of
 * tokenising every unit of the database again. The file is a cache: the database stays the only
 * truth, and a snapshot is used only when it says which {@code unit_change} row it reflects and
 * that row is still in the database as it was (then the rows after it are replayed).
 *
 * <p>Layout, big-endian ({@link DataOutputStream}): magic, format, analysis fingerprint, the
 * change-log position and the signature of that row; the dictionary's words in id order with
 * their number flag; the language codes; the live units (unit id, memory id, context hash, the
 * two language numbers, then per side the raw-text hash and the token ids); a digest of every
 * value written. Inverted lists are not saved: they follow from the token ids.
 */
final class IndexSnapshot {
    private static final long MAGIC = 0x4452474d_49445831L; // "DRGMIDX1"
    private static final int FORMAT = 1;
    /** Bounds a damaged count may not pass: far above any segment (dragoman.tm.max-text-length is 10,000 characters). */
    private static final int MAX_WORD_BYTES = 1 << 20;
    private static final int MAX_SIDE_TOKENS = 1 << 20;
    /** A damaged unit count must not presize the store beyond what a node holds. */
    private static final int MAX_PRESIZED_UNITS = 20_000_000;
    /**
     * Texts whose analysis every snapshot records: a build whose tokenizer or normaliser treats any
     * of it differently (a new fold, a changed clitic rule) would index units otherwise than the
     * snapshot did, so it refuses the snapshot and builds from the database.
     */
    private static final List<String> PROBE = List.of(
            "إِنَّ ٱلأمم المتحدةُ ـ قالت: «وللقوة ١٢٣٫٥» ومصطفى على مستشفىً ﻻ"
                    + " &File _Open ~Save الإ_سم %s' %1$d, {0}. (%s) <b>bold</b> Hello WORLD's don't 3,500.25 ۱۲",
            // Accelerators are counted over a whole text: a lone one needs a text of its own.
            "America/Cambridge_Bay ½ x² ﷺ ℉");

    /** Where a snapshot stands in the change log: every row up to {@code rowId} is in it. */
    record Position(long rowId, long rowSignature) {
    }

    /** A snapshot read back: the store to serve from and the position to replay from. */
    record Loaded(IndexStore store, Position position, int units) {
    }

    private IndexSnapshot() {
    }

    /** Fingerprint of the analysis this build applies to text (see {@link #PROBE}). */
    static long analysis() {
        long h = FuzzyIndex.rawHash(String.valueOf(FORMAT));
        for (String probe : PROBE) {
            for (Token token : Tokenizer.tokenize(probe)) {
                h = 31 * h + token.kind().ordinal();
                h = 31 * h + FuzzyIndex.rawHash(token.norm());
            }
            h = 31 * h + 1;
        }
        return h;
    }

    /**
     * Writes the store's live units to {@code file} through a temporary file that is forced to
     * disk and then moved over it, so a crash leaves the old snapshot or the new one, never half.
     * The caller holds the index's read lock. Returns the number of units written.
     */
    static int write(IndexStore store, Position position, Path file) throws IOException {
        Path draft = draftOf(file);
        int units;
        try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer out = new Writer(channel);
            units = writeBody(store, position, out);
            out.finish();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(draft);
            throw e;
        }
        try {
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return units;
    }

    private static int writeBody(IndexStore store, Position position, Writer out) throws IOException {
        out.writeLong(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(analysis());
        out.writeLong(position.rowId());
        out.writeLong(position.rowSignature());
        out.writeInt(store.size());
        out.writeInt(store.words());
        for (int id = TokenDictionary.EMPTY + 1; id < store.words(); id++) {
            out.writeUtf(store.word(id));
            out.writeBoolean(store.isNumber(id));
        }
        out.writeInt(store.languageCount());
        for (short code = 0; code < store.languageCount(); code++) {
            out.writeUtf(store.language(code));
        }
        int written = 0;
        for (int slot = 0; slot < store.slotCount(); slot++) {
            if (!store.isAlive(slot)) {
                continue;
            }
            int source = 2 * slot;
            out.writeLong(store.unitId(source));
            out.writeLong(store.memoryId(slot));
            out.writeLong(store.previousHash(source));
            out.writeShort(store.languageCode(source));
            out.writeShort(store.languageCode(source + 1));
            for (int entry = source; entry <= source + 1; entry++) {
                out.writeLong(store.rawHash(entry));
                int[] ids = store.tokens(entry);
                out.writeInt(ids.length);
                for (int id : ids) {
                    out.writeInt(id);
                }
            }
            written++;
        }
        if (written != store.size()) {
            throw new IllegalStateException("the index lists " + store.size() + " units but holds " + written);
        }
        return written;
    }

    static Path draftOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".draft");
    }

    /** Reads a snapshot back; {@link Refused} says why one cannot be used (wrong build, damage). */
    static Loaded read(Path file) throws IOException, Refused {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader r = new Reader(channel);
            if (r.readLong() != MAGIC) {
                throw new Refused("not a Dragoman index snapshot");
            }
            int format = r.readInt();
            if (format != FORMAT || r.readLong() != analysis()) {
                throw new Refused("written by a build that analyses text differently (format " + format + ")");
            }
            Position position = new Position(r.readLong(), r.readLong());
            int units = r.count();
            IndexStore store = new IndexStore(Math.min(units, MAX_PRESIZED_UNITS));
            int words = r.count();
            for (int id = TokenDictionary.EMPTY + 1; id < words; id++) {
                if (store.internWord(r.readUtf(), r.readBoolean()) != id) {
                    throw new Refused("the dictionary repeats a word");
                }
            }
            int languages = r.count();
            for (short code = 0; code < languages; code++) {
                store.internLanguage(r.readUtf());
            }
            for (int i = 0; i < units; i++) {
                long unitId = r.readLong();
                long memoryId = r.readLong();
                long previousHash = r.readLong();
                short sourceLang = r.language(languages);
                short targetLang = r.language(languages);
                long sourceHash = r.readLong();
                int[] sourceIds = r.ids(words);
                long targetHash = r.readLong();
                int[] targetIds = r.ids(words);
                store.addRecorded(new IndexStore.RecordedUnit(unitId, memoryId, previousHash, sourceLang, targetLang,
                        sourceIds, sourceHash, targetIds, targetHash));
            }
            r.checkDigest();
            if (store.size() != units) {
                throw new Refused("a unit is listed twice");
            }
            store.listRecorded();
            return new Loaded(store, position, units);
        } catch (EOFException e) {
            throw new Refused("the file ends early");
        }
    }

    /** A snapshot that must not be used; the index is then built from the database. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * Folds every value into a digest as it goes, so that a damaged file is refused. Values go
     * through one buffer straight to the channel: a stream's per-byte calls made a 1M-unit
     * snapshot several times slower to write and read.
     */
    private static final class Writer {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        private long digest = 0xcbf29ce484222325L;

        Writer(FileChannel channel) {
            this.channel = channel;
        }

        void writeLong(long v) throws IOException {
            digest = (digest ^ v) * 0x100000001b3L;
            room(8).putLong(v);
        }

        void writeInt(int v) throws IOException {
            digest = (digest ^ v) * 0x100000001b3L;
            room(4).putInt(v);
        }

        void writeShort(short v) throws IOException {
            writeInt(v);
        }

        void writeBoolean(boolean v) throws IOException {
            writeInt(v ? 1 : 0);
        }

        void writeUtf(String v) throws IOException {
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            writeInt(bytes.length);
            digest = (digest ^ FuzzyIndex.rawHash(v)) * 0x100000001b3L;
            for (int at = 0; at < bytes.length; ) {
                int n = Math.min(bytes.length - at, buffer.capacity());
                room(n).put(bytes, at, n);
                at += n;
            }
        }

        void finish() throws IOException {
            room(8).putLong(digest);
            drain();
        }

        private ByteBuffer room(int n) throws IOException {
            if (buffer.remaining() < n) {
                drain();
            }
            return buffer;
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }
    }

    private static final class Reader {
        private final ReadableByteChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        private long digest = 0xcbf29ce484222325L;

        Reader(ReadableByteChannel channel) {
            this.channel = channel;
            buffer.flip();
        }

        long readLong() throws IOException {
            long v = need(8).getLong();
            digest = (digest ^ v) * 0x100000001b3L;
            return v;
        }

        int readInt() throws IOException {
            int v = need(4).getInt();
            digest = (digest ^ v) * 0x100000001b3L;
            return v;
        }

        boolean readBoolean() throws IOException {
            return readInt() != 0;
        }

        String readUtf() throws IOException, Refused {
            int n = count();
            if (n > MAX_WORD_BYTES) {
                throw new Refused("a word of " + n + " bytes");
            }
            byte[] bytes = new byte[n];
            for (int at = 0; at < n; ) {
                int chunk = Math.min(n - at, buffer.capacity());
                need(chunk).get(bytes, at, chunk);
                at += chunk;
            }
            String v = new String(bytes, StandardCharsets.UTF_8);
            digest = (digest ^ FuzzyIndex.rawHash(v)) * 0x100000001b3L;
            return v;
        }

        /** A count; a damaged one must not make the reader allocate without bound. */
        int count() throws IOException, Refused {
            int n = readInt();
            if (n < 0) {
                throw new Refused("a negative count");
            }
            return n;
        }

        short language(int languages) throws IOException, Refused {
            int code = readInt();
            if (code < 0 || code >= languages) {
                throw new Refused("a language number out of range");
            }
            return (short) code;
        }

        int[] ids(int words) throws IOException, Refused {
            int n = count();
            if (n > MAX_SIDE_TOKENS) {
                throw new Refused("a side of " + n + " tokens");
            }
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                int id = readInt();
                if (id <= TokenDictionary.EMPTY || id >= words) {
                    throw new Refused("a token id out of range");
                }
                ids[i] = id;
            }
            return ids;
        }

        void checkDigest() throws IOException, Refused {
            long expected = digest;
            if (need(8).getLong() != expected) {
                throw new Refused("its digest does not match its content");
            }
        }

        private ByteBuffer need(int n) throws IOException {
            if (buffer.remaining() < n) {
                buffer.compact();
                while (buffer.position() < n) {
                    if (channel.read(buffer) < 0) {
                        throw new EOFException();
                    }
                }
                buffer.flip();
            }
            return buffer;
        }
    }
}
