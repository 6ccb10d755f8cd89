package io.dragoman.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Body of {@code POST /api/lookup}; the same fields as the query parameters of
 * {@code GET /api/lookup} ({@link Query}). Only {@code text} is required: {@code sourceLang} is guessed from the
 * script when missing, {@code targetLang} missing accepts any, {@code memories} (ids or names, as the
 * {@code memory} parameter) empty searches all, {@code minScore} defaults to 70 and {@code maxResults} to 5. {@code previous} is the
 * segment before {@code text} in its document, for in-context (101) matches. The lookup service
 * validates the fields together, so that one answer names every bad one.
 */
public record LookupRequest(String text, String sourceLang, String targetLang, List<String> memories,
                            Integer minScore, Integer maxResults, String previous) {

    /** The query parameters of {@code GET /api/lookup}, bound into one record: {@code q}, {@code memory} and {@code max} by their URL names. */
    public record Query(@QueryParam("q") String text,
                        @QueryParam("sourceLang") String sourceLang,
                        @QueryParam("targetLang") String targetLang,
                        @Parameter(description = MemoryParameter.LOOKUP) @QueryParam("memory") List<String> memory,
                        @QueryParam("minScore") Integer minScore,
                        @QueryParam("max") Integer maxResults,
                        @QueryParam("previous") String previous) {

        LookupRequest request() {
            return new LookupRequest(text, sourceLang, targetLang, memory, minScore, maxResults, previous);
        }
    }
}
