package io.dragoman.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs in an API token (Bearer) or a page session cookie by the digest of its secret. */
@ApplicationScoped
class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final TokenService tokens;

    TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String via = request.getToken().getType();
        boolean session = CredentialsMechanism.SESSION.equals(via);
        return context.runBlocking(() -> tokens.resolve(request.getToken().getToken(), session)
                .map(signedIn -> Identities.of(signedIn, via))
                .orElseThrow(() -> new AuthenticationFailedException(session
                        ? "the session has ended; sign in again" : "the token is unknown, expired or revoked")));
    }
}
