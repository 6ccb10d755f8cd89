package io.dragoman.glossary;

/** Something an import read but could not keep, and where (line/column -1 when unknown). */
public record ImportWarning(long line, long column, String message) {
}
