package io.dragoman.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords this node checked against a stored BCrypt hash lately. BCrypt is slow on purpose
 * (tens of milliseconds), and a script sending Basic credentials with every request would pay it
 * each time. Only a keyed digest of hash and password is kept, under a key drawn at start that
 * never leaves the process, so the memory alone reveals no password; a changed password changes
 * the stored hash and so misses here. Entries last a few minutes.
 */
@ApplicationScoped
class VerifiedPasswords {
    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX = 10_000;

    private final String key = Secrets.token("");
    private final Map<String, Instant> entries = new ConcurrentHashMap<>();

    boolean contains(String hash, String password) {
        Instant until = entries.get(digest(hash, password));
        return until != null && Instant.now().isBefore(until);
    }

    void add(String hash, String password) {
        if (entries.size() >= MAX) {
            Instant now = Instant.now();
            entries.values().removeIf(until -> !now.isBefore(until));
            if (entries.size() >= MAX) {
                entries.clear();
            }
        }
        entries.put(digest(hash, password), Instant.now().plus(KEEP));
    }

    private String digest(String hash, String password) {
        return Secrets.sha256(key + '\n' + hash + '\n' + password);
    }
}
