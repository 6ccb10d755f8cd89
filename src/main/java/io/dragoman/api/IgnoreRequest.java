package io.dragoman.api;

import jakarta.validation.constraints.Size;

/** Optional body of {@code POST /api/qa/findings/{id}/ignore}: why the finding is not a problem. */
public record IgnoreRequest(@Size(max = 1000) String reason) {
}
