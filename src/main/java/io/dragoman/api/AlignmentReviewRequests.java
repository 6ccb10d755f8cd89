package io.dragoman.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Bodies of the review and commit operations of {@code /api/alignments}. */
public final class AlignmentReviewRequests {
    private AlignmentReviewRequests() {
    }

    /** Merge the pair with another one ({@code with}: its id). */
    public record Merge(@NotNull Long with) {
    }

    /** Split the pair after its first {@code sourceCount} source and {@code targetCount} target segments. */
    public record Split(@NotNull Integer sourceCount, @NotNull Integer targetCount) {
    }

    /** Pair these 1-based runs of segments. */
    public record Pair(@NotNull Integer sourceStart, @NotNull Integer sourceCount, @NotNull Integer targetStart,
                       @NotNull Integer targetCount) {
    }

    /**
     * Store accepted pairs in a memory; with {@code minConfidence}, also the proposed pairs whose
     * confidence reaches it.
     */
    public record Commit(@NotNull Long memoryId, @DecimalMin("0") @DecimalMax("1") Double minConfidence) {
    }
}
