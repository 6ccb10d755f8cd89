package io.dragoman.match;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory candidate index over the normalised tokens of both sides of every unit, so that
 * Arabic→English and English→Arabic lookups use the same units. Lossless for the requested
 * threshold: see {@link CandidateFilter} for the bounds and their proof.
 *
 * <p>Layout. A unit takes a slot; its two sides are entries {@code 2·slot} (source) and
 * {@code 2·slot + 1} (target). Per entry: the token ids in text order and a 64-bit hash of the raw
 * text; per slot: unit id, memory id, the two languages and the previous-segment hash. An inverted
 * list per token (numbers share one list) holds every entry containing it. Updates append a new
 * slot and retire the old one; retired entries stay in the inverted lists until a compaction,
 * skipped on the way, so that deleting a unit never scans a list of a frequent word.
 *
 * <p>Memory per unit: the token arrays (two arrays of 16 bytes header + 4 bytes per token), the
 * inverted-list entries (4 bytes per distinct token per side, numbers twice, with up to 1.5×
 * growth slack), 2 × 8 bytes of raw-text hashes, 8 + 8 + 8 bytes of unit id, memory id and
 * context hash, 4 bytes of languages and about 24 bytes in the id map: roughly
 * 110 + 18 × (tokens per side) bytes, plus the shared dictionary of distinct tokens. Measured
 * (docs/benchmarks.md): about 260 bytes per unit for UI strings (3 words), 340 for 12-word
 * sentences, so 1M sentence units take about 340 MB. Texts are not kept: they live in the
 * database.
 *
 * <p>Thread safety: lookups share a read lock, updates take the write lock batch by batch.
 */
public final class FuzzyIndex {
    static final short ANY_LANGUAGE = -2;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final TokenDictionary dictionary = new TokenDictionary();
    private final LanguageCodes languages = new LanguageCodes();
    private final LongIntMap slotOfUnit = new LongIntMap(1024);
    final Postings postings = new Postings();
    private final BitSet alive = new BitSet();
    private int slots;
    private int retired;
    long[] unitIds = new long[1024];
    long[] memoryIds = new long[1024];
    long[] previousHashes = new long[1024];
    short[] sourceLangs = new short[1024];
    short[] targetLangs = new short[1024];
    int[][] tokens = new int[2048][];
    long[] rawHashes = new long[2048];

    /** Adds or replaces units. Tokenising happens before the lock is taken. */
    public void upsert(List<IndexedUnit> units) {
        // Tokenising dominates the cost of a build: spread it over the cores, outside the lock.
        List<Tokenized> prepared = (units.size() > 256 ? units.parallelStream() : units.stream())
                .map(unit -> new Tokenized(unit, Tokenizer.tokenize(unit.sourceText()), Tokenizer.tokenize(unit.targetText())))
                .toList();
        lock.writeLock().lock();
        try {
            for (Tokenized t : prepared) {
                retire(t.unit().id());
                add(t);
            }
            compactIfWorthIt();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(Collection<Long> unitIds) {
        lock.writeLock().lock();
        try {
            unitIds.forEach(this::retire);
            compactIfWorthIt();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void removeMemory(long memoryId) {
        lock.writeLock().lock();
        try {
            for (int slot = alive.nextSetBit(0); slot >= 0; slot = alive.nextSetBit(slot + 1)) {
                if (memoryIds[slot] == memoryId) {
                    retire(unitIds[slot]);
                }
            }
            compactIfWorthIt();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotOfUnit.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Candidates through the lossless filters: what a lookup scores. */
    List<Candidate> candidates(PreparedQuery query) {
        lock.readLock().lock();
        try {
            return new CandidateFilter(this, query).run(true);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every unit scored, no filter: the reference that OmegaT-like tools run per lookup. */
    List<Candidate> scanAll(PreparedQuery query) {
        lock.readLock().lock();
        try {
            return new CandidateFilter(this, query).run(false);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Verifies the given entries only (the Lucene baseline of the benchmark re-ranks its hits). */
    List<Candidate> verify(PreparedQuery query, int[] entries) {
        lock.readLock().lock();
        try {
            return new CandidateFilter(this, query).runOn(entries);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The longest runs of the query's normalised words that sides in {@code lang} hold (see {@link RunFinder}). */
    List<RunFinder.Run> runs(List<String> norms, String lang, long[] memories, int minWords) {
        lock.readLock().lock();
        try {
            return new RunFinder(this).find(norms, lang, memories, minWords);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Unit sides in {@code lang} (any when null) holding the phrase, by unit id then side. */
    List<PhraseFinder.Hit> phrase(List<WordPattern> phrase, String lang, long[] memories) {
        lock.readLock().lock();
        try {
            return new PhraseFinder(this, phrase, lang, memories).run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Approximate heap bytes held, for the benchmark's memory-per-unit figure. */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            long bytes = slotOfUnit.bytes() + postings.bytes() + alive.size() / 8;
            bytes += unitIds.length * (8L + 8 + 8 + 2 + 2) + rawHashes.length * 8L + tokens.length * 4L;
            for (int entry = 0; entry < 2 * slots; entry++) {
                if (tokens[entry] != null) {
                    bytes += 16 + 4L * tokens[entry].length;
                }
            }
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean isAlive(int slot) {
        return alive.get(slot);
    }

    int slotCount() {
        return slots;
    }

    /** The code of a primary language subtag, {@link #ANY_LANGUAGE} for null, -1 when unknown. */
    short languageCode(String primaryTag) {
        return primaryTag == null ? ANY_LANGUAGE : languages.find(primaryTag);
    }

    /** The primary language subtag of an entry's side. */
    String languageOf(int entry) {
        int slot = entry >>> 1;
        return languages.code((entry & 1) == 0 ? sourceLangs[slot] : targetLangs[slot]);
    }

    /** True when the entry's side has language {@code lang} and its other side {@code other}. */
    boolean languagesFit(int entry, short lang, short other) {
        int slot = entry >>> 1;
        short mine = (entry & 1) == 0 ? sourceLangs[slot] : targetLangs[slot];
        short theirs = (entry & 1) == 0 ? targetLangs[slot] : sourceLangs[slot];
        return (lang == ANY_LANGUAGE || mine == lang) && (other == ANY_LANGUAGE || theirs == other);
    }

    /** True when the entry's unit is alive, its sides have the languages asked for and it is in one of {@code memories}. */
    boolean serves(int entry, short lang, short other, long[] memories) {
        int slot = entry >>> 1;
        return isAlive(slot) && languagesFit(entry, lang, other) && memoryFits(slot, memories);
    }

    boolean memoryFits(int slot, long[] memories) {
        return memories.length == 0 || Arrays.binarySearch(memories, memoryIds[slot]) >= 0;
    }

    /** The query's token ids; tokens the index has never seen get distinct negative ids. */
    int[] queryIds(List<Token> scored) {
        int[] ids = new int[scored.size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            String norm = scored.get(i).norm();
            int id = dictionary.find(norm);
            if (id < 0) {
                int seen = unknown.indexOf(norm);
                if (seen < 0) {
                    unknown.add(norm);
                    seen = unknown.size() - 1;
                }
                id = -2 - seen;
            }
            ids[i] = id;
        }
        return ids;
    }

    String norm(int entry) {
        int[] ids = tokens[entry];
        StringBuilder sb = new StringBuilder(ids.length * 8);
        for (int id : ids) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(dictionary.token(id));
        }
        return sb.toString();
    }

    static String joinNorms(List<Token> scored) {
        StringBuilder sb = new StringBuilder();
        for (Token t : scored) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
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

    private record Tokenized(IndexedUnit unit, List<Token> source, List<Token> target) {
    }

    private void add(Tokenized t) {
        ensureCapacity(slots + 1);
        int slot = slots++;
        IndexedUnit unit = t.unit();
        unitIds[slot] = unit.id();
        memoryIds[slot] = unit.memoryId();
        previousHashes[slot] = contextHash(unit.prevSourceHash());
        sourceLangs[slot] = languages.intern(primary(unit.sourceLang()));
        targetLangs[slot] = languages.intern(primary(unit.targetLang()));
        addEntry(2 * slot, t.source(), unit.sourceText());
        addEntry(2 * slot + 1, t.target(), unit.targetText());
        alive.set(slot);
        slotOfUnit.put(unit.id(), slot);
    }

    private void addEntry(int entry, List<Token> all, String raw) {
        int[] ids = all.stream().filter(Token::isScored)
                .mapToInt(tok -> dictionary.intern(tok.norm(), tok.kind() == Token.Kind.NUMBER)).toArray();
        tokens[entry] = ids;
        rawHashes[entry] = rawHash(raw);
        postings.addEntry(entry, ids, dictionary);
    }

    private void retire(long unitId) {
        int slot = slotOfUnit.get(unitId);
        if (slot < 0) {
            return;
        }
        slotOfUnit.remove(unitId);
        alive.clear(slot);
        retired++;
    }

    private void compactIfWorthIt() {
        if (retired > 10_000 && retired > slotOfUnit.size() / 2) {
            compact();
        }
    }

    /** Moves live slots down over retired ones and rebuilds the inverted lists. */
    private void compact() {
        int next = 0;
        for (int slot = alive.nextSetBit(0); slot >= 0; slot = alive.nextSetBit(slot + 1)) {
            if (slot != next) {
                moveSlot(slot, next);
            }
            next++;
        }
        for (int entry = 2 * next; entry < 2 * slots; entry++) {
            tokens[entry] = null;
        }
        alive.clear();
        alive.set(0, next);
        slots = next;
        retired = 0;
        postings.clear();
        for (int entry = 0; entry < 2 * slots; entry++) {
            postings.addEntry(entry, tokens[entry], dictionary);
        }
    }

    private void moveSlot(int from, int to) {
        unitIds[to] = unitIds[from];
        memoryIds[to] = memoryIds[from];
        previousHashes[to] = previousHashes[from];
        sourceLangs[to] = sourceLangs[from];
        targetLangs[to] = targetLangs[from];
        for (int side = 0; side < 2; side++) {
            tokens[2 * to + side] = tokens[2 * from + side];
            rawHashes[2 * to + side] = rawHashes[2 * from + side];
        }
        slotOfUnit.put(unitIds[to], to);
    }

    private void ensureCapacity(int needed) {
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
        rawHashes = Arrays.copyOf(rawHashes, 2 * capacity);
    }

    static String primary(String tag) {
        return tag == null ? null : LanguageTag.of(tag).language();
    }
}
