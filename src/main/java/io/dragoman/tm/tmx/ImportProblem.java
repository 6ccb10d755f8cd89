package io.dragoman.tm.tmx;

/**
 * One thing an import reports about a unit or the file, with where it is. {@code kind} is a
 * stable slug: {@code one-sided}, {@code no-arabic-english}, {@code languages-dropped},
 * {@code invalid}, {@code srclang}, {@code version}.
 */
public record ImportProblem(String kind, String file, long line, long column, String tuid, String message) {
}
