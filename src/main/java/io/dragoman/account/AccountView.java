package io.dragoman.account;

import java.time.OffsetDateTime;

/** An account as the API shows it: never its password hash. */
public record AccountView(long id, String username, String role, boolean disabled, OffsetDateTime createdAt,
                          String createdBy) {
}
