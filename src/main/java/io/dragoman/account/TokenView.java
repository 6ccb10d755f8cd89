package io.dragoman.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A token as its owner sees it; {@code token}, the secret, is there only in the answer that made it.
 * {@code memoryId} and {@code memory} (its name) are the token's default memory, absent when it has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(long id, String name, String role, Long memoryId, String memory, OffsetDateTime createdAt,
                        OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String token) {
    public TokenView withoutSecret() {
        return withSecret(null);
    }

    /** The view with its default memory's name, which the account package does not know. */
    public TokenView withMemoryName(String memoryName) {
        return new TokenView(id, name, role, memoryId, memoryName, createdAt, expiresAt, lastUsedAt, revokedAt, token);
    }

    TokenView withSecret(String secret) {
        return new TokenView(id, name, role, memoryId, memory, createdAt, expiresAt, lastUsedAt, revokedAt, secret);
    }
}
