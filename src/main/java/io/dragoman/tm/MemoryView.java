package io.dragoman.tm;

import java.time.OffsetDateTime;

/** A memory as shown to users, with how many units it holds. */
public record MemoryView(long id, String name, String description, OffsetDateTime createdAt, long units) {
}
