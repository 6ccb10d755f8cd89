package io.dragoman.match;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The in-memory candidate index over the normalised tokens of both sides of every unit, so that
 * Arabic→English and English→Arabic lookups use the same units. Lossless for the requested
 * threshold: see {@link CandidateFilter} for the bounds and their proof.
 *
 * <p>Layout. A unit takes a slot; its two sides are entries {@code 2·slot} (source) and
 * {@code 2·slot + 1} (target). Per entry: the token ids in text order and a 64-bit hash of the raw
 * text; per slot: unit id, memory id, the two languages and the previous-segment hash. An inverted
 * list per token (numbers share one list) holds every entry containing it; a long one is grouped
 * by the entries' lengths ({@link Postings}). Updates append a new
 * slot and retire the old one; retired entries stay in the inverted lists until a compaction,
 * skipped on the way, so that deleting a unit never scans a list of a frequent word.
 *
 * <p>Memory per unit: the token arrays (two arrays of 16 bytes header + 4 bytes per token) and
 * their lengths (2 × 4 bytes), the inverted-list entries (4 bytes per token per side: a repeated
 * token is listed once per occurrence, a number also under "#", with up to 1.5× growth slack),
 * 2 × 8 bytes of raw-text hashes, 8 + 8 + 8 bytes of unit id, memory id and context hash, 4
 * bytes of languages and about 24 bytes in the id map: roughly 120 + 18 × (tokens per side)
 * bytes, plus the shared dictionary of distinct tokens. Measured (docs/benchmarks.md): about 260
 * bytes per unit for UI strings (3 words), 355 for 12-word sentences, so 1M sentence units take
 * about 390 MB with the dictionary. Texts are not kept: they live in the database.
 *
 * <p>The data and its read API are an {@link IndexStore}; this class adds the lock: lookups share
 * a read lock, updates take the write lock batch by batch.
 */
public final class FuzzyIndex {
    static final short ANY_LANGUAGE = -2;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private IndexStore store;

    public FuzzyIndex() {
        this(new IndexStore());
    }

    /** An index over the given (empty) store: tests pass one that groups short lists by length. */
    FuzzyIndex(IndexStore store) {
        this.store = store;
    }

    /** Adds or replaces units. Tokenising happens before the lock is taken. */
    public void upsert(List<IndexedUnit> units) {
        // Tokenising dominates the cost of a build: spread it over the cores, outside the lock.
        List<Tokenized> prepared = (units.size() > 256 ? units.parallelStream() : units.stream())
                .map(unit -> new Tokenized(unit, Tokenizer.tokenize(unit.sourceText()), Tokenizer.tokenize(unit.targetText())))
                .toList();
        write(() -> prepared.forEach(t -> store.add(t.unit(), t.source(), t.target())));
    }

    public void remove(Collection<Long> unitIds) {
        write(() -> unitIds.forEach(store::retire));
    }

    public void removeMemory(long memoryId) {
        write(() -> store.retireMemory(memoryId));
    }

    /** Puts a whole store in place of the current one: a snapshot read back, or an empty store before a rebuild. */
    void replace(IndexStore replacement) {
        lock.writeLock().lock();
        try {
            store = replacement;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        return read(IndexStore::size);
    }

    /** Candidates through the lossless filters: what a lookup scores. */
    List<Candidate> candidates(PreparedQuery query) {
        return read(data -> new CandidateFilter(data, query).run(true));
    }

    /** Every unit scored, no filter: the reference that OmegaT-like tools run per lookup. */
    List<Candidate> scanAll(PreparedQuery query) {
        return read(data -> new CandidateFilter(data, query).run(false));
    }

    /** Verifies the given entries only (the Lucene baseline of the benchmark re-ranks its hits). */
    List<Candidate> verify(PreparedQuery query, int[] entries) {
        return read(data -> new CandidateFilter(data, query).runOn(entries));
    }

    /** The longest runs of the query's normalised words that sides in {@code lang} hold (see {@link RunFinder}). */
    List<RunFinder.Run> runs(List<String> norms, String lang, long[] memories, int minWords) {
        return read(data -> new RunFinder(data).find(norms, lang, memories, minWords));
    }

    /** Unit sides in {@code lang} (any when null) holding the phrase, by unit id then side. */
    List<PhraseFinder.Hit> phrase(List<WordPattern> phrase, String lang, long[] memories) {
        return read(data -> new PhraseFinder(data, phrase, lang, memories).run());
    }

    /** Approximate heap bytes held, for the benchmark's memory-per-unit figure. */
    public long estimatedBytes() {
        return read(IndexStore::estimatedBytes);
    }

    /** Runs {@code reader} on the data under the read lock; it must not keep the arrays it reads. */
    <T> T read(Function<IndexStore, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(store);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
            store.compactIfWorthIt();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** 64-bit FNV-1a over UTF-16 units: the exact-match check (confirmed on the texts later). */
    static long rawHash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The first 64 bits of a stored SHA-256 hex hash; 0 when absent. */
    static long contextHash(String hexSha256) {
        return hexSha256 == null || hexSha256.length() < 16 ? 0 : Long.parseUnsignedLong(hexSha256.substring(0, 16), 16);
    }

    static String primary(String tag) {
        return tag == null ? null : LanguageTag.of(tag).language();
    }

    private record Tokenized(IndexedUnit unit, List<Token> source, List<Token> target) {
    }
}
