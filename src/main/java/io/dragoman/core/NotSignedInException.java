package io.dragoman.core;

import java.util.Map;

/**
 * The request carries no credentials, or wrong, expired or revoked ones. The challenge offers
 * Basic only to clients that are not the page (whose requests say {@code X-Requested-With}), so a
 * browser never opens its own password dialog over the page's sign-in form.
 */
public final class NotSignedInException extends DragomanException {
    private final boolean offerBasic;

    public NotSignedInException(String message, boolean offerBasic) {
        super(message);
        this.offerBasic = offerBasic;
    }

    /** The same refusal without the Basic challenge, for the page. */
    public NotSignedInException withoutBasic() {
        return offerBasic ? new NotSignedInException(getMessage(), false) : this;
    }

    @Override public String type() { return "unauthorized"; }

    @Override public String title() { return "Not signed in"; }

    @Override public int status() { return 401; }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", offerBasic
                ? "Basic realm=\"Dragoman\", Bearer realm=\"Dragoman\"" : "Bearer realm=\"Dragoman\"");
    }
}
