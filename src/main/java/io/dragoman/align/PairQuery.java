package io.dragoman.align;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.PageRequest;
import java.util.Comparator;

/**
 * Which page of a job's pairs a view shows, in which order: {@code position} (document order, the
 * default) or {@code confidence} (lowest first, so a reviewer sees the doubtful pairs first; ties
 * in document order).
 */
public record PairQuery(PageRequest page, String order) {
    public static final String POSITION = "position";
    public static final String CONFIDENCE = "confidence";
    /** The first page in document order: what a review operation answers with. */
    public static final PairQuery FIRST = new PairQuery(PageRequest.of(null, null), POSITION);

    public PairQuery {
        if (!POSITION.equals(order) && !CONFIDENCE.equals(order)) {
            throw InvalidInputException.of("order", "must be " + POSITION + " or " + CONFIDENCE);
        }
    }

    public static PairQuery of(Integer page, Integer size, String order) {
        return new PairQuery(PageRequest.of(page, size), order == null || order.isBlank() ? POSITION : order);
    }

    Comparator<AlignmentPair> comparator() {
        Comparator<AlignmentPair> position = Comparator.<AlignmentPair>comparingInt(p -> p.sourceStart).thenComparingInt(p -> p.targetStart);
        return CONFIDENCE.equals(order) ? Comparator.<AlignmentPair>comparingDouble(p -> p.confidence).thenComparing(position) : position;
    }
}
