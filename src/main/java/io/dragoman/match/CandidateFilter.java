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
 * Let the query have m scored tokens and a unit side n, L = max(m, n), d the word-level edit
 * distance over normalised tokens (numbers compared by value), and d# the distance with every
 * number read as one token "#" (d# ≤ d). The classes score:
 * exact, in-context and normalised need d = 0 (score ≤ 101, filtering at min(t, 100) suffices:
 * in-context is an exact match); fuzzy scores 100·(L − d)/L; numbers needs d# = 0 and n = m and
 * scores max(⌊100·(L − d)/L⌋, 95 − c) with c ≥ 1 changed numbers. So a unit scoring s ≥ t is
 * either <b>(A)</b> word-bounded, 100·(L − d)/L ≥ t, or <b>(B)</b> a numbers match with t ≤ 94.
 * <ol>
 *   <li><b>Length (A).</b> d ≥ |m − n| (each edit changes the length by at most one), so
 *       100·|m − n| ≤ (100 − t)·L: for n ≥ m, n·t ≤ 100·m; for n ≤ m, 100·n ≥ t·m. (B) has n = m.</li>
 *   <li><b>Count (A).</b> Let o be the size of the multiset intersection of the two bags of tokens.
 *       An alignment with c matches, s substitutions, i insertions and e deletions has c ≤ o,
 *       m = c + s + e, n = c + s + i, so d = s + i + e ≥ s + max(i, e) = L − c ≥ L − o, and
 *       o ≥ L − d ≥ t·L/100. Verification checks it on "#" tokens, whose overlap o# ≥ o, so the
 *       check is weaker but still sound, and (B) units (o# = L) pass it.</li>
 *   <li><b>Prefix (A).</b> Since L ≥ m, o ≥ α = ⌈t·m/100⌉. At most m − α query positions lie outside
 *       the common sub-bag, so among any p = m − α + 1 query positions at least one holds a token
 *       the unit contains, and the unit is in that token's inverted list (numbers have a list per
 *       value as well as the shared "#" list). The filter reads the lists of the p positions with
 *       the rarest tokens (tokens the index has never seen have empty lists and cost nothing). The
 *       argument holds for any choice of p positions, so the rarity order may change as units
 *       come and go without losing a unit: the lists hold every token of every side, not a prefix
 *       fixed at insertion.</li>
 *   <li><b>(B)</b> holds every non-number query token at its position: it is in the list of the
 *       rarest of them (in the "#" list when the query is numbers only), with n = m.</li>
 *   <li>m = 0: a unit can score ≥ t > 0 only with n = 0; those are in the {@code EMPTY} list.</li>
 * </ol>
 * Verification then computes d within the band d ≤ ⌊L·(100 − t)/100⌋ and also keeps
 * numbers-only differences (d# = 0) whatever their d: their class is decided with the texts.
 */
final class CandidateFilter {
    private final IndexStore index;
    private final PreparedQuery query;
    private final int[] ids;
    private final int[] filterIds;
    private final int[] distinctFilterIds;
    private final int[] distinctCounts;
    /** The overlap count's scratch copy of {@link #distinctCounts}, so that verifying allocates nothing. */
    private final int[] remaining;
    private final int threshold;
    private final short lang;
    private final short other;

    CandidateFilter(IndexStore index, PreparedQuery query) {
        this.index = index;
        this.query = query;
        List<Token> scored = query.text().scored();
        this.ids = index.queryIds(scored);
        this.filterIds = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            // A number the index has never seen is still "#" to the filter.
            boolean number = scored.get(i).kind() == Token.Kind.NUMBER;
            filterIds[i] = number ? TokenDictionary.NUMBER : index.filterId(ids[i]);
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
        this.remaining = new int[distinct];
        this.threshold = query.filterThreshold();
        this.lang = index.languageCode(query.source());
        this.other = index.languageCode(query.target());
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

    List<Candidate> runOn(int[] entries) {
        List<Candidate> out = new ArrayList<>();
        if (lang != -1 && other != -1) {
            for (int entry : entries) {
                verify(entry, true, out);
            }
        }
        return out;
    }

    /**
     * The union of the lists of the p rarest query positions (A), plus for numbers matches the
     * list of the rarest non-number token (B), without duplicates; length filters are applied here,
     * before anything else, since long queries read long lists.
     */
    private int[] candidateEntries() {
        int m = ids.length;
        EntryGather gather = new EntryGather(index);
        if (m == 0) {
            gather.add(TokenDictionary.EMPTY, 0, 0);
            return gather.entries();
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(index.frequency(ids[a]), index.frequency(ids[b])));
        int alpha = (threshold * m + 99) / 100;
        int p = m - alpha + 1;
        int shortest = (threshold * m + 99) / 100;
        int longest = 100 * m / threshold;
        for (int i = 0; i < p; i++) {
            gather.add(ids[order[i]], shortest, longest);
        }
        boolean hasNumber = Arrays.stream(filterIds).anyMatch(id -> id == TokenDictionary.NUMBER);
        if (threshold <= 94 && hasNumber) {
            int anchor = TokenDictionary.NUMBER;
            for (int i = m - 1; i >= 0; i--) {
                if (filterIds[order[i]] != TokenDictionary.NUMBER) {
                    anchor = ids[order[i]];
                }
            }
            gather.add(anchor, m, m);
        }
        return gather.entries();
    }

    private void verify(int entry, boolean filtered, List<Candidate> out) {
        if (!index.serves(entry, lang, other, query.memories())) {
            return;
        }
        int[] unit = index.tokens(entry);
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
        boolean rawEqual = distance == 0 && index.rawHash(entry) == query.rawHash();
        boolean contextEqual = (entry & 1) == 0 && query.previousHash() != 0
                && index.previousHash(entry) == query.previousHash();
        out.add(new Candidate(index.unitId(entry), entry & 1, distance, longer, rawEqual, contextEqual,
                numbersOnly, index.norm(entry)));
    }

    /** Size of the multiset intersection of the query's and the unit's filter tokens. */
    private int overlap(int[] unit) {
        System.arraycopy(distinctCounts, 0, remaining, 0, remaining.length);
        int common = 0;
        for (int id : unit) {
            int at = Arrays.binarySearch(distinctFilterIds, index.filterId(id));
            if (at >= 0 && remaining[at] > 0) {
                remaining[at]--;
                common++;
            }
        }
        return common;
    }

    private boolean equalAsFilterTokens(int[] unit) {
        for (int i = 0; i < unit.length; i++) {
            if (index.filterId(unit[i]) != filterIds[i]) {
                return false;
            }
        }
        return true;
    }
}
