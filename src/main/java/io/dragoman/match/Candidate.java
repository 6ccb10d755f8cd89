package io.dragoman.match;

/**
 * A unit side that passed verification against a query: its word-level distance over normalised
 * tokens and what the in-memory data already tells about its class. {@code norm} is the side's
 * normalised token text, for the character-level tie-break.
 *
 * @param side         0 when the query matched the unit's source, 1 when it matched its target
 * @param rawEqual     the side's text hashes equal to the query's: an exact match candidate
 * @param contextEqual the unit's previous-segment hash equals the query's previous segment
 * @param numbersOnly  the sides differ only in number tokens (same length, numbers aside equal) and
 *                     the unit's other side holds a number, so that a repair may succeed
 */
record Candidate(long unitId, int side, int distance, int length, boolean rawEqual,
                 boolean contextEqual, boolean numbersOnly, String norm) {

    /** 100 × (1 − d / L), exact. */
    double wordScore() {
        return length == 0 ? 100.0 : 100.0 * (length - distance) / length;
    }

    /** {@link #wordScore} rounded down, so that a threshold compares the same way as the score. */
    int wordScoreFloor() {
        return length == 0 ? 100 : 100 * (length - distance) / length;
    }
}
