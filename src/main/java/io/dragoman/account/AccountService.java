package io.dragoman.account;

import io.dragoman.core.ConflictException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.TooManyAttemptsException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Accounts: creation, roles, disabling, and checking a password (throttled, see {@link LoginThrottle}). */
@ApplicationScoped
public class AccountService {
    static final int MIN_PASSWORD = 12;
    private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}";

    private final EntityManager em;
    private final LoginThrottle throttle;
    private final VerifiedPasswords verified;

    AccountService(EntityManager em, LoginThrottle throttle, VerifiedPasswords verified) {
        this.em = em;
        this.throttle = throttle;
        this.verified = verified;
    }

    /** The enabled account whose password this is; empty when either is wrong. */
    @Transactional
    public Optional<Account> authenticate(String username, String password, String address) {
        throttle.wait(username, address).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        Optional<Account> found = find(username).filter(a -> !a.disabled);
        String hash = found.map(a -> a.passwordHash).orElseGet(() -> Decoy.HASH);
        boolean right = verified.contains(hash, password) || BcryptUtil.matches(password, hash);
        if (right && found.isPresent()) {
            verified.add(hash, password);
            throttle.succeeded(username);
            return found;
        }
        throttle.failed(username, address);
        return Optional.empty();
    }

    @Transactional
    public Optional<Account> find(String username) {
        return em.createQuery("from Account where username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Transactional
    public Account get(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("user", id);
        }
        return account;
    }

    @Transactional
    public boolean any() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0;
    }

    @Transactional
    public List<AccountView> list() {
        return em.createQuery("from Account order by username", Account.class).getResultStream()
                .map(Account::view).toList();
    }

    @Transactional
    public AccountView create(String username, String password, Role role, String by) {
        if (username == null || !username.matches(USERNAME)) {
            throw InvalidInputException.of("username",
                    "must be 1 to 100 letters, digits or . _ @ - and start with a letter or digit");
        }
        checkPassword(password);
        if (find(username).isPresent()) {
            throw new ConflictException("a user named '" + username + "' exists already");
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.role = role.id();
        account.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.createdBy = by;
        em.persist(account);
        em.flush();
        return account.view();
    }

    /**
     * Changes what is given (role, disabled, password); disabling also ends the user's sessions and
     * tokens. Demoting or disabling the last enabled admin is refused (see {@link #keepAnAdmin}).
     */
    @Transactional
    public AccountView update(long id, Role role, Boolean disabled, String password) {
        if ((role != null && role != Role.ADMIN) || Boolean.TRUE.equals(disabled)) {
            keepAnAdmin(id, role != null && role != Role.ADMIN ? "demoted to " + role.id() : "disabled");
        }
        Account account = get(id);
        if (role != null) {
            account.role = role.id();
        }
        if (password != null) {
            checkPassword(password);
            account.passwordHash = BcryptUtil.bcryptHash(password);
        }
        if (disabled != null) {
            account.disabled = disabled;
        }
        if (Boolean.TRUE.equals(disabled) || password != null) {
            em.createQuery("update ApiToken set revokedAt = :now where accountId = :id and revokedAt is null")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("id", id).executeUpdate();
        }
        return account.view();
    }

    /**
     * Deletes the account, its tokens and sessions, and its memberships of restricted memories (a
     * later account of the same name must not inherit them); the last enabled admin is kept.
     */
    @Transactional
    public AccountView delete(long id) {
        keepAnAdmin(id, "deleted");
        Account account = get(id);
        em.createNativeQuery("delete from memory_member where username = ?1").setParameter(1, account.username)
                .executeUpdate();
        em.createQuery("delete from ApiToken where accountId = :id").setParameter("id", id).executeUpdate();
        em.remove(account);
        return account.view();
    }

    /**
     * Refuses to demote, disable or delete account {@code id} when it is the last enabled admin:
     * nobody could then manage accounts or memories but through the command line. The enabled
     * admins are locked first, so two nodes demoting the last two admins at once cannot both
     * succeed: the second waits, then no longer counts the first.
     */
    private void keepAnAdmin(long id, String change) {
        List<Account> admins = em.createQuery("from Account where role = :r and disabled = false", Account.class)
                .setParameter("r", Role.ADMIN.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (admins.size() == 1 && admins.get(0).id == id) {
            throw new ConflictException("user '" + admins.get(0).username + "' is the last enabled admin and cannot be "
                    + change + ": make another account admin first, or nobody could manage users and memories");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw InvalidInputException.of("password", "must be at least " + MIN_PASSWORD + " characters");
        }
    }

    /**
     * Checked when the user is unknown, so that a wrong name costs as long as a wrong password.
     * Hashed on first use, not when the class loads: every command-line run loads this class.
     */
    private static final class Decoy {
        static final String HASH = BcryptUtil.bcryptHash(Secrets.password());
    }
}
