package io.dragoman.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** A token as its owner sees it; {@code token}, the secret, is there only in the answer that made it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(long id, String name, String role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                        OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String token) {
    public TokenView withoutSecret() {
        return withSecret(null);
    }

    TokenView withSecret(String secret) {
        return new TokenView(id, name, role, createdAt, expiresAt, lastUsedAt, revokedAt, secret);
    }
}
