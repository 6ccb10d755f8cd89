package io.dragoman.match;

/** One reason a match scored below 100, with the points it cost. */
public record Penalty(String reason, int points, String detail) {
}
