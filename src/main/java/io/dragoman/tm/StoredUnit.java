package io.dragoman.tm;

import java.time.OffsetDateTime;

/** What duplicate detection needs to know about a stored unit with a given source text. */
public record StoredUnit(long id, String sourceLang, String targetLang, String targetText, OffsetDateTime changedAt) {
}
