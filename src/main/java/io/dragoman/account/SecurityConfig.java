package io.dragoman.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Accounts and sign-in, under {@code dragoman.security} (docs/deployment.md). */
@ConfigMapping(prefix = "dragoman.security")
public interface SecurityConfig {
    /**
     * The first {@code admin}'s password on an empty database, read only while the database has no
     * account. Unset (or blank), a random one is written to {@code DATA_DIR/admin-password}
     * (owner-only) and to the log.
     */
    Optional<String> initialAdminPassword();

    /** How long a sign-in on the page lasts. */
    @WithDefault("12h")
    Duration sessionLifetime();

    /** How many failed sign-ins are allowed before further attempts answer 429. */
    Login login();

    /**
     * Failed sign-ins allowed per account and per client address within {@link #window()}; past
     * either, attempts are refused unchecked until the oldest failure leaves the window.
     */
    interface Login {
        @WithDefault("5")
        int perAccount();

        @WithDefault("30")
        int perAddress();

        @WithDefault("15m")
        Duration window();
    }
}
