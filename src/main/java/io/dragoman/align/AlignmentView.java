package io.dragoman.align;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An alignment job as shown to reviewers: one page of its pairs ({@code pairsPage} says which,
 * in document or confidence order) and all the segments no pair covers (omitted by the
 * translation, or added by it). Positions are 1-based.
 */
public record AlignmentView(long id, String document, String sourceLang, String targetLang,
                            OffsetDateTime createdAt, String createdBy, OffsetDateTime changedAt,
                            Long committedMemoryId, OffsetDateTime committedAt, Counts counts,
                            PairsPage pairsPage, List<PairView> pairs, List<SegmentView> omitted) {

    /** Which pairs {@code pairs} holds: page {@code page} (0-based) of {@code total} pairs. */
    public record PairsPage(int page, int size, long total, String order) {
    }

    /** A pair with its texts: source segments joined by a space, likewise the target. */
    public record PairView(long id, int sourceStart, int sourceCount, int targetStart, int targetCount,
                           String sourceText, String targetText, double confidence, PairStatus status,
                           boolean edited, long version) {
    }

    /** One segment of one side ({@code source} or {@code target}). */
    public record SegmentView(String side, int position, int paragraph, String text) {
    }

    public record Counts(int sourceSegments, int targetSegments, int pairs, int accepted, int rejected,
                         int omittedSource, int omittedTarget) {
    }

    /** A job in a listing, without its pairs. */
    public record Summary(long id, String document, String sourceLang, String targetLang,
                          OffsetDateTime createdAt, OffsetDateTime changedAt, Long committedMemoryId) {
    }

    /** What a commit stored: units created, pairs skipped because their position was already in the memory. */
    public record CommitResult(long memoryId, String document, int created, int skipped, List<Long> unitIds) {
    }
}
