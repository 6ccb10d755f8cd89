package io.dragoman.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code per-account} failed sign-ins for one account, or
 * {@code per-address} from one client address, within {@code window}, further attempts for it are
 * refused unchecked until the oldest failure leaves the window. Kept per node, in memory: a node
 * restart or another node behind the balancer starts afresh, which bounds guesses per node, not in
 * total (see docs/deployment.md).
 */
@ApplicationScoped
public class LoginThrottle {
    // Past this many keys, idle ones are dropped first; a flood of addresses cannot fill the heap.
    private static final int MAX_KEYS = 50_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecurityConfig config) {
        this.perAccount = config.login().perAccount();
        this.perAddress = config.login().perAddress();
        this.window = config.login().window();
    }

    /** How long the caller must wait before another attempt, if it must. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration account = waitFor("u:" + username, perAccount, now);
        Duration client = waitFor("a:" + address, perAddress, now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> recent(e.getValue(), now).isEmpty());
        }
        for (String key : new String[] {"u:" + username, "a:" + address}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    /** A right password clears the account's count, not the address's: one known account must not reset guessing others. */
    public void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            recent(times, now);
            return times.size() < limit ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
        }
    }

    private Deque<Instant> recent(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
            return times;
        }
    }
}
