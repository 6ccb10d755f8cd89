package io.dragoman.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The one way in: {@code Authorization: Basic} (user and password), {@code Authorization: Bearer}
 * (an API token), or the page's session cookie. A request with none of them is anonymous and
 * reaches only what is open ({@code /q/health}, the page's static files, signing in).
 */
@ApplicationScoped
public class CredentialsMechanism implements HttpAuthenticationMechanism {
    public static final String SESSION_COOKIE = "dragoman_session";
    static final String ADDRESS = "dragoman.address";
    static final String SESSION = "session";
    static final String BEARER = "bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        AuthenticationRequest request;
        try {
            request = read(context);
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
        if (request == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        request.setAttribute(ADDRESS, context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().hostAddress());
        return identities.authenticate(request);
    }

    private static AuthenticationRequest read(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header != null) {
            String value = header.trim();
            if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(value.substring(6).trim());
            }
            if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return new TokenAuthenticationRequest(new TokenCredential(value.substring(7).trim(), BEARER));
            }
            throw new AuthenticationFailedException("the Authorization header must be Basic or Bearer");
        }
        Cookie session = context.request().getCookie(SESSION_COOKIE);
        return session == null || session.getValue().isEmpty() ? null
                : new TokenAuthenticationRequest(new TokenCredential(session.getValue(), SESSION));
    }

    private static AuthenticationRequest basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("the Basic credentials are not Base64");
        }
        int colon = pair.indexOf(':');
        if (colon < 1) {
            throw new AuthenticationFailedException("the Basic credentials must be user:password");
        }
        return new UsernamePasswordAuthenticationRequest(pair.substring(0, colon),
                new PasswordCredential(pair.substring(colon + 1).toCharArray()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                "Basic realm=\"Dragoman\", Bearer realm=\"Dragoman\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }
}
