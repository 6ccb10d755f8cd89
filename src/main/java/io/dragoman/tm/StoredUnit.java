package io.dragoman.tm;

import java.time.OffsetDateTime;

/**
 * What duplicate detection needs to know about a stored unit with a given source text;
 * {@code pending}: written by the running import, not yet visible to others.
 */
public record StoredUnit(long id, String sourceLang, String targetLang, String targetText, OffsetDateTime changedAt,
                         boolean pending) {
}
