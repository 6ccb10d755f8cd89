package io.dragoman.tm.tmx;

/**
 * Which units to export, as a caller writes it: a memory (id or name), a stored direction
 * ({@code sourceLang}, {@code targetLang}; {@code ar} matches every Arabic region),
 * {@code bothDirections} to take units stored the other way round too, and {@code changedSince}
 * (an ISO date or date-time with offset). Null or blank fields do not filter.
 */
public record ExportFilter(String memory, String sourceLang, String targetLang, boolean bothDirections,
                           String changedSince) {
}
