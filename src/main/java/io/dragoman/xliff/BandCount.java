package io.dragoman.xliff;

/** Segments and words in one band (or among the repetitions). */
public record BandCount(String band, int segments, int words) {
}
