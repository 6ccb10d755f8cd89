package io.dragoman.match;

import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The data of a {@link FuzzyIndex} (layout and memory there) and the read API its finders use:
 * entries by number, their token ids, hashes and units, the inverted lists and the dictionary.
 * Reads allocate nothing, so a candidate filter can call them per entry; the arrays they return
 * belong to the store and are read only. Not thread-safe: the index's lock guards it.
 */
final class IndexStore {
    private final TokenDictionary dictionary = new TokenDictionary();
    private final LanguageCodes languages = new LanguageCodes();
    private final LongIntMap slotOfUnit;
    private final SlotTable table = new SlotTable();
    private final Postings postings;
    private final BitSet alive = new BitSet();
    private int slots;
    private int retired;

    IndexStore() {
        this(1024);
    }

    /** A store sized for {@code units} (a snapshot says how many it holds), so that nothing grows by copies. */
    IndexStore(int units) {
        this(units, Postings.GROUP_AT);
    }

    /** A store whose inverted lists are grouped by length from {@code groupAt} entries on (tests group small lists). */
    IndexStore(int units, int groupAt) {
        slotOfUnit = new LongIntMap(Math.max(1024, units));
        table.ensureCapacity(units);
        postings = new Postings(groupAt, entry -> table.lengths[entry]);
    }

    // ---- reading ----

    int slotCount() {
        return slots;
    }

    boolean isAlive(int slot) {
        return alive.get(slot);
    }

    /** The entry's token ids in text order: the store's own array. */
    int[] tokens(int entry) {
        return table.tokens[entry];
    }

    /** How many token ids the entry holds: {@code tokens(entry).length}, read without touching the array. */
    int length(int entry) {
        return table.lengths[entry];
    }

    /** The entry's text hashed by {@link FuzzyIndex#rawHash}. */
    long rawHash(int entry) {
        return table.rawHashes[entry];
    }

    /** The previous-segment hash of the entry's unit ({@link FuzzyIndex#contextHash}); 0 when none. */
    long previousHash(int entry) {
        return table.previousHashes[entry >>> 1];
    }

    long unitId(int entry) {
        return table.unitIds[entry >>> 1];
    }

    long memoryId(int slot) {
        return table.memoryIds[slot];
    }

    /** The language code number of the entry's own side; {@link #languageOf} names it. */
    short languageCode(int entry) {
        return table.language(entry, false);
    }

    /** The primary language subtag of a code number, as {@link #languageCode(int)} gives it. */
    String language(short code) {
        return languages.code(code);
    }

    /** How many language codes the store has numbered; they run from 0. */
    int languageCount() {
        return languages.size();
    }

    /** True when the token id stands for a number (see {@link TokenDictionary#filterId}). */
    boolean isNumber(int id) {
        return dictionary.filterId(id) == TokenDictionary.NUMBER;
    }

    /** How many entries list the token (retired ones included): the rarity order of the filters. */
    int frequency(int id) {
        return postings.frequency(id);
    }

    /** Each entry listing the token (retired ones included), once, in no stated order. */
    void forEachListing(int id, IntConsumer action) {
        postings.forEach(id, 1, action);
    }

    /**
     * The entries holding the token at least {@code occurrence} times (retired ones included),
     * grouped by side length: at least those of length {@code shortest} to {@code longest}. Read only.
     */
    ByLength postings(int id, int occurrence, int shortest, int longest) {
        return postings.grouped(id, occurrence, shortest, longest);
    }

    /** The id the candidate filter compares: every number is {@link TokenDictionary#NUMBER}. */
    int filterId(int id) {
        return dictionary.filterId(id);
    }

    /** The id of a normalised word, or -1 when no entry holds it. */
    int wordId(String norm) {
        return dictionary.find(norm);
    }

    /** The normalised word of an id; ids run from {@link TokenDictionary#EMPTY} + 1 to {@link #words}. */
    String word(int id) {
        return dictionary.token(id);
    }

    int words() {
        return dictionary.size();
    }

    /** The code of a primary language subtag, {@link FuzzyIndex#ANY_LANGUAGE} for null, -1 when unknown. */
    short languageCode(String primaryTag) {
        return primaryTag == null ? FuzzyIndex.ANY_LANGUAGE : languages.find(primaryTag);
    }

    /** The primary language subtag of an entry's side. */
    String languageOf(int entry) {
        return languages.code(table.language(entry, false));
    }

    /** True when the entry's unit is alive, its sides have the languages asked for and it is in one of {@code memories}. */
    boolean serves(int entry, short lang, short other, long[] memories) {
        int slot = entry >>> 1;
        return alive.get(slot) && fits(table.language(entry, false), lang) && fits(table.language(entry, true), other)
                && (memories.length == 0 || Arrays.binarySearch(memories, table.memoryIds[slot]) >= 0);
    }

    private static boolean fits(short code, short wanted) {
        return wanted == FuzzyIndex.ANY_LANGUAGE || code == wanted;
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

    /** The entry's normalised words joined by spaces, as {@link io.dragoman.text.AnalyzedText#norm} joins a query's. */
    String norm(int entry) {
        int[] ids = table.tokens[entry];
        StringBuilder sb = new StringBuilder(ids.length * 8);
        for (int id : ids) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(dictionary.token(id));
        }
        return sb.toString();
    }

    // ---- writing ----

    int size() {
        return slotOfUnit.size();
    }

    void add(IndexedUnit unit, List<Token> source, List<Token> target) {
        retire(unit.id());
        int slot = slots++;
        table.ensureCapacity(slots);
        table.put(slot, unit, languages.intern(FuzzyIndex.primary(unit.sourceLang())),
                languages.intern(FuzzyIndex.primary(unit.targetLang())));
        addEntry(2 * slot, source, unit.sourceText());
        addEntry(2 * slot + 1, target, unit.targetText());
        alive.set(slot);
        slotOfUnit.put(unit.id(), slot);
    }

    private void addEntry(int entry, List<Token> all, String raw) {
        int[] ids = all.stream().filter(Token::isScored)
                .mapToInt(tok -> dictionary.intern(tok.norm(), tok.kind() == Token.Kind.NUMBER)).toArray();
        putEntry(entry, ids, FuzzyIndex.rawHash(raw));
    }

    private void putEntry(int entry, int[] ids, long rawHash) {
        table.side(entry, ids, rawHash);
        postings.addEntry(entry, ids, dictionary);
    }

    /** Numbers a word as a snapshot recorded it; words come back in id order, so ids stay the same. */
    int internWord(String norm, boolean number) {
        return dictionary.intern(norm, number);
    }

    short internLanguage(String code) {
        return languages.intern(code);
    }

    /**
     * Appends a unit as a snapshot recorded it: token ids of this store's dictionary, hashes and
     * language numbers already computed, so nothing is tokenised again. Its inverted lists wait
     * for {@link #listRecorded}; a snapshot names each unit once.
     */
    void addRecorded(RecordedUnit unit) {
        int slot = slots++;
        table.ensureCapacity(slots);
        table.put(slot, unit.unitId(), unit.memoryId(), unit.previousHash(), unit.sourceLang(), unit.targetLang());
        table.side(2 * slot, unit.sourceIds(), unit.sourceHash());
        table.side(2 * slot + 1, unit.targetIds(), unit.targetHash());
        alive.set(slot);
        slotOfUnit.put(unit.unitId(), slot);
    }

    /** Builds the inverted lists of every unit added by {@link #addRecorded}, in one pass. */
    void listRecorded() {
        postings.rebuild(table.tokens, 2 * slots, dictionary);
    }

    /** A unit as a snapshot holds it. */
    record RecordedUnit(long unitId, long memoryId, long previousHash, short sourceLang, short targetLang,
                        int[] sourceIds, long sourceHash, int[] targetIds, long targetHash) {
    }

    void retire(long unitId) {
        int slot = slotOfUnit.get(unitId);
        if (slot < 0) {
            return;
        }
        slotOfUnit.remove(unitId);
        alive.clear(slot);
        retired++;
    }

    void retireMemory(long memoryId) {
        for (int slot = alive.nextSetBit(0); slot >= 0; slot = alive.nextSetBit(slot + 1)) {
            if (table.memoryIds[slot] == memoryId) {
                retire(table.unitIds[slot]);
            }
        }
    }

    /** Moves live slots down over retired ones and rebuilds the inverted lists, once enough are retired. */
    void compactIfWorthIt() {
        if (retired <= 10_000 || retired <= slotOfUnit.size() / 2) {
            return;
        }
        int next = 0;
        for (int slot = alive.nextSetBit(0); slot >= 0; slot = alive.nextSetBit(slot + 1)) {
            if (slot != next) {
                table.move(slot, next);
                slotOfUnit.put(table.unitIds[next], next);
            }
            next++;
        }
        table.clearEntries(2 * next, 2 * slots);
        alive.clear();
        alive.set(0, next);
        slots = next;
        retired = 0;
        postings.rebuild(table.tokens, 2 * slots, dictionary);
    }

    long estimatedBytes() {
        return slotOfUnit.bytes() + postings.bytes() + alive.size() / 8 + table.bytes(2 * slots);
    }
}
