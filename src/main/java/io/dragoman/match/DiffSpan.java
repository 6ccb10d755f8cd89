package io.dragoman.match;

/**
 * One difference between the query and a matched text, as what would turn the match into the
 * query: {@code insert} (words only in the query; {@code match} null), {@code delete} (words only
 * in the match; {@code query} null) or {@code replace}.
 */
public record DiffSpan(String op, SpanView query, SpanView match) {
}
