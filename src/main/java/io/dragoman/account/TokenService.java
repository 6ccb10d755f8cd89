package io.dragoman.account;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** API tokens and page sessions: made with a secret shown once, found by its digest, revoked by their owner. */
@ApplicationScoped
public class TokenService {
    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    // last-used is written at most this often per token: not one write per request.
    private static final Duration TOUCH = Duration.ofMinutes(1);

    private static final String RESOLVE = "select t.id, t.kind, t.expires_at, t.revoked_at, t.last_used_at,"
            + " t.role_ceiling, a.username, a.role, a.disabled from api_token t join account a on a.id = t.account_id"
            + " where t.token_hash = ?";
    private static final String TOUCH_LAST_USED = "update api_token set last_used_at = ? where id = ?";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final AccountService accounts;
    private final Duration sessionLifetime;
    private final SessionPurge purge;

    TokenService(EntityManager em, AgroalDataSource dataSource, AccountService accounts, SessionPurge purge,
                 SecurityConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.sessionLifetime = config.sessionLifetime();
        this.purge = purge;
    }

    /**
     * A new API token of the user's; its secret is in the answer and nowhere else. Its role is at
     * most the one the request acts with: a token capped at translator cannot make an admin's token.
     * {@code memoryId}, when given, is its default memory, which the caller has checked the user may read.
     */
    @Transactional
    public TokenView create(SignedIn who, String name, Role ceiling, OffsetDateTime expiresAt, Long memoryId) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "must be 1 to 100 characters");
        }
        OffsetDateTime now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "must be in the future");
        }
        Account owner = owner(who.username());
        Role acting = owner.role().atMost(who.role());
        Role role = ceiling == null ? acting : ceiling;
        if (role.compareTo(acting) > 0) {
            throw InvalidInputException.of("role", "must not be above the role you act with (" + acting.id() + ")");
        }
        String secret = Secrets.token("dgm_");
        ApiToken token = store(owner, ApiToken.API, name.trim(), role, secret,
                expiresAt == null ? now.plus(DEFAULT_LIFETIME) : expiresAt, memoryId);
        return token.view().withSecret(secret);
    }

    @Transactional
    public List<TokenView> list(String username) {
        return em.createQuery("from ApiToken where accountId = :a and kind = :k order by id", ApiToken.class)
                .setParameter("a", owner(username).id).setParameter("k", ApiToken.API)
                .getResultStream().map(ApiToken::view).toList();
    }

    @Transactional
    public TokenView revoke(String username, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.accountId != owner(username).id || !ApiToken.API.equals(token.kind)) {
            throw new NotFoundException("token", id);
        }
        if (token.revokedAt == null) {
            token.revokedAt = now();
        }
        return token.view();
    }

    /** The default memory of the API token {@code tokenId}; empty for a session, a password or a token without one. */
    @Transactional
    public Optional<Long> defaultMemory(Long tokenId) {
        if (tokenId == null) {
            return Optional.empty();
        }
        ApiToken token = em.find(ApiToken.class, tokenId);
        return token == null || !ApiToken.API.equals(token.kind) ? Optional.empty() : Optional.ofNullable(token.memoryId);
    }

    /** A page session for a signed-in account; the secret goes into its cookie. Ended sessions are deleted first. */
    @Transactional
    public String openSession(Account account) {
        purge.run();
        String secret = Secrets.token("dgs_");
        store(account, ApiToken.SESSION, "page", Role.ADMIN, secret, now().plus(sessionLifetime), null);
        return secret;
    }

    @Transactional
    public void closeSession(String secret) {
        em.createQuery("update ApiToken set revokedAt = :now where tokenHash = :h and revokedAt is null")
                .setParameter("now", now()).setParameter("h", Secrets.sha256(secret)).executeUpdate();
    }

    /**
     * Whom a token or session secret signs in, if it is known, unexpired, unrevoked and its account enabled.
     * Every request with a token comes here, so it is one query for the token and its account on a
     * pooled connection, outside a JTA transaction and Hibernate (they cost more than the query), and
     * a write only when last-used is due. Inside a caller's transaction the connection joins it.
     */
    public Optional<SignedIn> resolve(String secret, boolean session) {
        OffsetDateTime now = now();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(RESOLVE)) {
            query.setString(1, Secrets.sha256(secret));
            long id;
            OffsetDateTime lastUsedAt;
            SignedIn signedIn;
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !ApiToken.usable(row.getObject(4, OffsetDateTime.class),
                        row.getObject(3, OffsetDateTime.class), now)
                        || ApiToken.SESSION.equals(row.getString(2)) != session || row.getBoolean(9)) {
                    return Optional.empty();
                }
                id = row.getLong(1);
                lastUsedAt = row.getObject(5, OffsetDateTime.class);
                signedIn = new SignedIn(row.getString(7),
                        Role.parse("role", row.getString(8)).atMost(Role.parse("role", row.getString(6))), id);
            }
            if (lastUsedAt == null || lastUsedAt.plus(TOUCH).isBefore(now)) {
                try (PreparedStatement touch = connection.prepareStatement(TOUCH_LAST_USED)) {
                    touch.setObject(1, now);
                    touch.setLong(2, id);
                    touch.executeUpdate();
                }
            }
            return Optional.of(signedIn);
        } catch (SQLException e) {
            throw new PersistenceException("reading the API token failed", e);
        }
    }

    private ApiToken store(Account owner, String kind, String name, Role ceiling, String secret, OffsetDateTime expiresAt,
                           Long memoryId) {
        ApiToken token = new ApiToken();
        token.accountId = owner.id;
        token.kind = kind;
        token.name = name;
        token.tokenHash = Secrets.sha256(secret);
        token.roleCeiling = ceiling.id();
        token.createdAt = now();
        token.expiresAt = expiresAt;
        token.memoryId = memoryId;
        em.persist(token);
        em.flush();
        return token;
    }

    private Account owner(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
