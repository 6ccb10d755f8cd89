package io.dragoman.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/**
 * An API token or a page's sign-in session ({@link #kind}). Only the SHA-256 of the secret is
 * stored: the secret itself is shown once, when it is made.
 */
@Entity
public class ApiToken {
    static final String API = "api";
    static final String SESSION = "session";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public long accountId;

    @Column(nullable = false, length = 10)
    public String kind;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 20)
    public String roleCeiling;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime expiresAt;

    public OffsetDateTime lastUsedAt;

    public OffsetDateTime revokedAt;

    /** The memory a connector reads when the tool's request names none; null: every memory the owner may read. */
    public Long memoryId;

    /** Whether a token revoked at {@code revokedAt} (null: not) and expiring at {@code expiresAt} signs in {@code now}. */
    static boolean usable(OffsetDateTime revokedAt, OffsetDateTime expiresAt, OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public TokenView view() {
        return new TokenView(id, name, roleCeiling, memoryId, null, createdAt, expiresAt, lastUsedAt, revokedAt, null);
    }
}
