package io.dragoman.match;

import io.dragoman.glossary.TermHit;
import java.util.List;

/**
 * Lookups over a {@link FuzzyIndex}: the index path that the API serves, and the exhaustive scan
 * that tests and the benchmark compare it with. Both rank through {@link MatchRanker}. Holds no
 * per-lookup state: one engine serves every lookup on its index.
 */
public final class MatchEngine {
    private final FuzzyIndex index;

    public MatchEngine(FuzzyIndex index) {
        this.index = index;
    }

    /** The ranked matches through the lossless candidate filter. */
    public List<Match> lookup(LookupQuery query, TextSource texts) {
        PreparedQuery prepared = query.prepare();
        return MatchRanker.rank(prepared, index.candidates(prepared), query.maxResults(), texts);
    }

    /** The same answer by scoring every unit: the reference implementation. */
    public List<Match> lookupExhaustive(LookupQuery query, TextSource texts) {
        PreparedQuery prepared = query.prepare();
        return MatchRanker.rank(prepared, index.scanAll(prepared), query.maxResults(), texts);
    }

    /**
     * The query's {@link Fragment}s: what a translator can still reuse when no whole unit matches,
     * the query's glossary {@code terms} among them, their translations marked with {@code associations}.
     */
    public List<Fragment> fragments(LookupQuery query, List<TermHit> terms, TextSource texts, WordAssociations associations) {
        return new FragmentFinder(index, texts, associations).find(query.text(), LookupQuery.memoryFilter(query.memories()),
                terms);
    }
}
