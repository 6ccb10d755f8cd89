package io.dragoman.match;

import io.dragoman.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lookup against the {@link FuzzyIndex}: candidate generation by prefix filtering with length
 * and count filters applied on the inverted lists, then verification by a banded word-level edit
 * distance. With filters off it
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
 *   <li><b>Prefix (A).</b> A side holding a token k times is in the inverted list of each of its
 *       first k occurrences (numbers also in the shared "#" list); a query holding it q times takes
 *       the lists of its first q occurrences, so o is exactly the number of the query's k lists
 *       that hold the unit (tokens the index has never seen are in no unit and have no list). By 1
 *       the side has a length n from ⌈t·m/100⌉ to ⌊100·m/t⌋, and by 2 (o is an integer) it is in
 *       at least need(n) = ⌈t·max(m, n)/100⌉ of the lists. The lists are read length by length, each list
 *       giving only its entries of length n ({@link ByLength}), so lengths out of that range are not
 *       read. For one n, take the lists in any order: a unit in none of the first k − need(n) + 1 is
 *       in at most need(n) − 1 of them, so reading those finds every unit of length n that can
 *       score t. The order may differ from one length to the next (the smallest groups first, to
 *       read least) and may change as units come and go: the lists hold every token of every side,
 *       not a prefix fixed at insertion.</li>
 *   <li><b>Count on the lists (A).</b> Met first on list i, a unit is in none of the earlier lists,
 *       so {@link OverlapCount} probes the later ones and drops it as soon as the lists it is in,
 *       with those not yet probed added, are fewer than need(n). It would fail the count check of
 *       verification anyway.</li>
 *   <li><b>(B)</b> holds every non-number query token at its position, so it holds each of them as
 *       many times as the query and has n = m: it is in the length-m group of every list of their
 *       occurrences (of the "#" list when the query is numbers only); when one of them is unknown
 *       to the index, no (B) unit exists.</li>
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
        int[][] tally = tally(Arrays.stream(filterIds).sorted().toArray());
        this.distinctFilterIds = tally[0];
        this.distinctCounts = tally[1];
        this.remaining = new int[distinctFilterIds.length];
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
     * The entries that can pass verification, in increasing order: for (A) those holding enough of
     * the query's tokens, counted on the inverted lists ({@link OverlapCount}), for (B) those of
     * length m that hold every non-number token of the query.
     */
    private int[] candidateEntries() {
        int m = ids.length;
        if (m == 0) {
            int[] empty = new int[index.frequency(TokenDictionary.EMPTY)];
            int[] n = {0};
            index.forEachListing(TokenDictionary.EMPTY, entry -> empty[n[0]++] = entry);
            Arrays.sort(empty);
            return empty;
        }
        // (A) The lists of the known tokens' occurrences (3 and 4), sides of length ⌈t·m/100⌉ to ⌊100·m/t⌋ (1).
        int[][] known = occurrenceLists(ids, i -> ids[i] >= 0);
        int[] entries = new OverlapCount(index, known[0], known[1], (threshold * m + 99) / 100, 100 * m / threshold)
                .entries(m, threshold, 0);
        // (B) Equal as filter tokens at every position: length m, and every non-number token held. When
        // a non-number token is unknown to the index, no side holds it; with none, the "#" list has them.
        boolean hasNumber = Arrays.stream(filterIds).anyMatch(id -> id == TokenDictionary.NUMBER);
        if (threshold <= 94 && hasNumber) {
            int[][] words = occurrenceLists(ids, i -> filterIds[i] != TokenDictionary.NUMBER);
            boolean unknownWord = Arrays.stream(words[0]).anyMatch(id -> id < 0);
            if (words[0].length == 0) {
                words = new int[][] {{TokenDictionary.NUMBER}, {1}};
            }
            if (!unknownWord) {
                int[] numbers = new OverlapCount(index, words[0], words[1], m, m).entries(m, 0, words[0].length);
                entries = union(entries, numbers);
            }
        }
        return entries;
    }

    /**
     * The lists of the positions {@code chosen} keeps: for a token held q times, those of its first
     * to q-th occurrences, as token ids and occurrence numbers.
     */
    private static int[][] occurrenceLists(int[] ids, java.util.function.IntPredicate chosen) {
        int[][] tally = tally(java.util.stream.IntStream.range(0, ids.length).filter(chosen).map(i -> ids[i]).sorted().toArray());
        int total = Arrays.stream(tally[1]).sum();
        int[][] out = new int[2][total];
        for (int i = 0, n = 0; i < tally[0].length; i++) {
            for (int k = 1; k <= tally[1][i]; k++, n++) {
                out[0][n] = tally[0][i];
                out[1][n] = k;
            }
        }
        return out;
    }

    /** The distinct values of a sorted array and how many times each occurs. */
    private static int[][] tally(int[] sorted) {
        int distinct = 0;
        int[] values = new int[sorted.length];
        int[] counts = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || values[distinct - 1] != sorted[i]) {
                values[distinct++] = sorted[i];
            }
            counts[distinct - 1]++;
        }
        return new int[][] {Arrays.copyOf(values, distinct), Arrays.copyOf(counts, distinct)};
    }

    /** Two increasing arrays merged, each value once. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            out[n++] = next;
            while (i < a.length && a[i] == next) {
                i++;
            }
            while (j < b.length && b[j] == next) {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
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
        // Repairing numbers needs numbers in the other side: without them (an id "3430697" beside a
        // place name, thousands in a software TM) the side is a plain fuzzy match, ranked without its texts.
        boolean numbersOnly = distance > 0 && m == n && equalAsFilterTokens(unit) && holdsNumbers(index.tokens(entry ^ 1));
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

    private boolean holdsNumbers(int[] side) {
        for (int id : side) {
            if (index.isNumber(id)) {
                return true;
            }
        }
        return false;
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
