package io.dragoman.api;

import io.dragoman.account.Account;
import io.dragoman.account.AccountService;
import io.dragoman.account.CredentialsMechanism;
import io.dragoman.account.Identities;
import io.dragoman.account.Role;
import io.dragoman.account.Secrets;
import io.dragoman.account.SignedIn;
import io.dragoman.account.TokenService;
import io.dragoman.audit.AuditNote;
import io.dragoman.core.NotSignedInException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The page's sign-in: a session cookie ({@code HttpOnly}, {@code SameSite=Strict}) holding a
 * secret whose digest is stored like an API token's, so any node behind the balancer knows it and
 * signing out ends it everywhere; and a CSRF cookie the page echoes in a header on writes.
 */
@Path("/api/session")
@Tag(name = "Session", description = "Signing in and out of the page")
public class SessionResource {
    public record SignIn(String username, String password) {
    }

    public record Me(String username, String role) {
    }

    private final AccountService accounts;
    private final TokenService tokens;
    private final AuditNote note;
    private final SecurityIdentity identity;

    SessionResource(AccountService accounts, TokenService tokens, AuditNote note, SecurityIdentity identity) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.note = note;
        this.identity = identity;
    }

    @POST
    @PermitAll
    public Response signIn(@NotNull SignIn request, @Context HttpServerRequest http) {
        note.attempted(request.username());
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        Account account = accounts.authenticate(String.valueOf(request.username()), String.valueOf(request.password()),
                address).orElseThrow(() -> new NotSignedInException("wrong user name or password", false));
        boolean secure = "https".equalsIgnoreCase(http.scheme());
        return Response.ok(new Me(account.username, account.role().id()))
                .cookie(cookie(CredentialsMechanism.SESSION_COOKIE, tokens.openSession(account), true, secure, -1),
                        cookie(RequestGuard.CSRF_COOKIE, Secrets.token(""), false, secure, -1))
                .build();
    }

    @GET
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Me me() {
        SignedIn signedIn = Identities.signedIn(identity);
        return new Me(signedIn.username(), signedIn.role().id());
    }

    @DELETE
    @PermitAll
    public Response signOut(@CookieParam(CredentialsMechanism.SESSION_COOKIE) String session,
                            @Context HttpServerRequest http) {
        if (session != null && !session.isEmpty()) {
            tokens.closeSession(session);
        }
        boolean secure = "https".equalsIgnoreCase(http.scheme());
        return Response.noContent()
                .cookie(cookie(CredentialsMechanism.SESSION_COOKIE, "", true, secure, 0),
                        cookie(RequestGuard.CSRF_COOKIE, "", false, secure, 0))
                .build();
    }

    private static NewCookie cookie(String name, String value, boolean httpOnly, boolean secure, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(httpOnly).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
