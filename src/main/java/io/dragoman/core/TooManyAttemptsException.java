package io.dragoman.core;

import java.time.Duration;
import java.util.Map;

/** Too many failed sign-ins for an account or from an address: refused unchecked for a while. */
public final class TooManyAttemptsException extends DragomanException {
    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("too many failed sign-ins for this account or from this address; try again in "
                + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    @Override public String type() { return "too-many-attempts"; }

    @Override public String title() { return "Too many attempts"; }

    @Override public int status() { return 429; }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }
}
