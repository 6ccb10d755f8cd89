package io.dragoman.match;

import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lookup against the {@link FuzzyIndex}: candidate generation by prefix filtering, then length
 * and count filters, then verification by a banded word-level edit distance. With filters off it
 * is the exhaustive scan, and both paths verify with the same code.
 *
 * <h2>Why no unit scoring at least t is missed</h2>
 * Let the query have m scored tokens and a unit side n, L = max(m, n), and let d be the word-level
 * edit distance. A fuzzy score is 100·(L − d)/L; every other class scores at most 100 and needs
 * the two token sequences to be equal once all numbers are read as one token "#" (normalised and
 * exact: equal outright; numbers: equal except numbers). Write d# for the distance of the
 * sequences with numbers read as "#": d# ≤ d, so in every class <b>score ≤ 100·(L − d#)/L</b>
 * (in-context, 101, is an exact match, so filtering at min(t, 100) suffices). Hence score ≥ t
 * implies d# ≤ L·(100 − t)/100. The filters work on the "#" sequences:
 * <ol>
 *   <li><b>Length.</b> d# ≥ |m − n| (each edit changes the length by at most one), so
 *       100·|m − n| ≤ (100 − t)·L, which for n ≥ m gives n·t ≤ 100·m and for n ≤ m gives
 *       100·n ≥ t·m.</li>
 *   <li><b>Count.</b> Let o be the size of the multiset intersection of the two bags of tokens.
 *       An alignment with c matches, s substitutions, i insertions and e deletions has c ≤ o,
 *       m = c + s + e, n = c + s + i, so d# = s + i + e ≥ s + max(i, e) = L − c ≥ L − o.
 *       Therefore o ≥ L − d# ≥ t·L/100: units sharing fewer tokens are dropped.</li>
 *   <li><b>Prefix.</b> Since L ≥ m, o ≥ α = ⌈t·m/100⌉. At most m − α query positions lie outside
 *       the common sub-bag, so among any p = m − α + 1 query positions at least one holds a token
 *       the unit contains, and the unit is in that token's inverted list. The filter reads the
 *       lists of the p positions with the rarest tokens (fewest list entries; tokens the index has
 *       never seen have empty lists and cost nothing). The argument holds for any choice of p
 *       positions, so the rarity order may change as units come and go without ever losing a
 *       unit: the lists index every token of every side, not a prefix fixed at insertion.</li>
 *   <li>m = 0: a unit can score ≥ t > 0 only with n = 0; those are in the {@code EMPTY} list.</li>
 * </ol>
 * Verification then computes the true distance d on the real tokens (numbers compared by value)
 * within the band d ≤ ⌊L·(100 − t)/100⌋, and keeps numbers-only differences (d# = 0) whatever
 * their d, since their class may still score ≥ t once the texts are seen.
 */
final class CandidateFilter {
    private final FuzzyIndex index;
    private final PreparedQuery query;
    private final int[] ids;
    private final int[] filterIds;
    private final int[] distinctFilterIds;
    private final int[] distinctCounts;
    private final int threshold;
    private final short lang;
    private final short other;

    CandidateFilter(FuzzyIndex index, PreparedQuery query) {
        this.index = index;
        this.query = query;
        this.ids = index.queryIds(query.scoredTokens());
        this.filterIds = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            // A number the index has never seen is still "#" to the filter.
            boolean number = query.scoredTokens().get(i).kind() == Token.Kind.NUMBER;
            filterIds[i] = number ? TokenDictionary.NUMBER : index.dictionary.filterId(ids[i]);
        }
        int[] sorted = filterIds.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        int[] values = new int[sorted.length];
        int[] counts = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || values[distinct - 1] != sorted[i]) {
                values[distinct++] = sorted[i];
            }
            counts[distinct - 1]++;
        }
        this.distinctFilterIds = Arrays.copyOf(values, distinct);
        this.distinctCounts = Arrays.copyOf(counts, distinct);
        this.threshold = query.filterThreshold();
        this.lang = index.languageCode(FuzzyIndex.primary(query.sourceLang()));
        this.other = index.languageCode(FuzzyIndex.primary(query.targetLang()));
    }

    List<Candidate> run(boolean filtered) {
        List<Candidate> out = new ArrayList<>();
        if (lang == -1 || other == -1) {
            return out;
        }
        if (filtered) {
            for (int entry : candidateEntries()) {
                verify(entry, true, out);
            }
        } else {
            int entries = 2 * index.slotCount();
            for (int entry = 0; entry < entries; entry++) {
                verify(entry, false, out);
            }
        }
        return out;
    }

    /** The union of the inverted lists of the p rarest query positions, sorted, distinct. */
    private int[] candidateEntries() {
        int m = ids.length;
        if (m == 0) {
            return distinctPrefix(new int[] {TokenDictionary.EMPTY});
        }
        int alpha = (threshold * m + 99) / 100;
        int p = m - alpha + 1;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(index.postings.frequency(filterIds[a]),
                index.postings.frequency(filterIds[b])));
        int[] prefix = new int[p];
        for (int i = 0; i < p; i++) {
            prefix[i] = filterIds[order[i]];
        }
        return distinctPrefix(prefix);
    }

    private int[] distinctPrefix(int[] tokens) {
        int[] distinct = Arrays.stream(tokens).filter(t -> t >= 0).distinct().toArray();
        int total = 0;
        for (int token : distinct) {
            total += index.postings.frequency(token);
        }
        int[] entries = new int[total];
        int at = 0;
        for (int token : distinct) {
            int size = index.postings.frequency(token);
            System.arraycopy(index.postings.list(token), 0, entries, at, size);
            at += size;
        }
        Arrays.sort(entries);
        int unique = 0;
        for (int i = 0; i < entries.length; i++) {
            if (unique == 0 || entries[unique - 1] != entries[i]) {
                entries[unique++] = entries[i];
            }
        }
        return Arrays.copyOf(entries, unique);
    }

    private void verify(int entry, boolean filtered, List<Candidate> out) {
        int slot = entry >>> 1;
        if (!index.isAlive(slot) || !index.languagesFit(entry, lang, other)
                || !index.memoryFits(slot, query.memories())) {
            return;
        }
        int[] unit = index.tokens[entry];
        int m = ids.length;
        int n = unit.length;
        int longer = Math.max(m, n);
        if (filtered && (n * threshold > 100 * m || 100 * n < threshold * m || 100 * overlap(unit) < threshold * longer)) {
            return;
        }
        int band = longer * (100 - threshold) / 100;
        int distance = filtered ? EditDistance.tokens(ids, unit, band) : EditDistance.tokens(ids, unit);
        boolean numbersOnly = distance > 0 && m == n && equalAsFilterTokens(unit);
        if (distance > band && !numbersOnly) {
            return;
        }
        if (distance > band) {
            distance = EditDistance.tokens(ids, unit);
        }
        boolean rawEqual = distance == 0 && index.rawHashes[entry] == query.rawHash();
        boolean contextEqual = (entry & 1) == 0 && query.previousHash() != 0
                && index.previousHashes[slot] == query.previousHash();
        out.add(new Candidate(index.unitIds[slot], entry & 1, distance, longer, rawEqual, contextEqual,
                numbersOnly, index.norm(entry)));
    }

    /** Size of the multiset intersection of the query's and the unit's filter tokens. */
    private int overlap(int[] unit) {
        int[] remaining = distinctCounts.clone();
        int common = 0;
        for (int id : unit) {
            int at = Arrays.binarySearch(distinctFilterIds, index.dictionary.filterId(id));
            if (at >= 0 && remaining[at] > 0) {
                remaining[at]--;
                common++;
            }
        }
        return common;
    }

    private boolean equalAsFilterTokens(int[] unit) {
        for (int i = 0; i < unit.length; i++) {
            if (index.dictionary.filterId(unit[i]) != filterIds[i]) {
                return false;
            }
        }
        return true;
    }
}
