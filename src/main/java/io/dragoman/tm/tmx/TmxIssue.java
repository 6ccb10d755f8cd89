package io.dragoman.tm.tmx;

/** Something wrong with one unit, where the parser found it (1-based line and column). */
record TmxIssue(long line, long column, String message) {
}
