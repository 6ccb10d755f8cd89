package io.dragoman.account;

import io.dragoman.core.DragomanException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs in a user and password (HTTP Basic) against the account table. */
@ApplicationScoped
class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final AccountService accounts;

    PasswordIdentityProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String address = String.valueOf((Object) request.getAttribute(CredentialsMechanism.ADDRESS));
        return context.runBlocking(() -> {
            try {
                Account account = accounts.authenticate(request.getUsername(),
                                new String(request.getPassword().getPassword()), address)
                        .orElseThrow(() -> new AuthenticationFailedException("wrong user name or password"));
                return Identities.of(new SignedIn(account.username, account.role(), null), "basic");
            } catch (DragomanException e) {
                throw new AuthenticationFailedException(e);
            }
        });
    }
}
