package io.dragoman.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/memories}. */
public record MemoryRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description) {
}
