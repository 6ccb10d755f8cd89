package io.dragoman.api;

import java.util.List;

/**
 * Body of {@code POST /api/lookup}; the same fields as the query parameters of
 * {@code GET /api/lookup}. Only {@code text} is required: {@code sourceLang} is guessed from the
 * script when missing, {@code targetLang} missing accepts any, {@code memories} (ids or names, as the
 * {@code memory} parameter) empty searches all, {@code minScore} defaults to 70 and {@code maxResults} to 5. {@code previous} is the
 * segment before {@code text} in its document, for in-context (101) matches.
 */
public record LookupRequest(String text, String sourceLang, String targetLang, List<String> memories,
                            Integer minScore, Integer maxResults, String previous) {
}
