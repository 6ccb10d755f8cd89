package io.dragoman.match;

import java.util.List;

/**
 * Lookups over a {@link FuzzyIndex}: the index path that the API serves, and the exhaustive scan
 * that tests and the benchmark compare it with. Both rank through {@link MatchRanker}.
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

}
