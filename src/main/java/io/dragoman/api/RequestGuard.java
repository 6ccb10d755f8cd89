package io.dragoman.api;

import io.dragoman.account.CredentialsMechanism;
import io.dragoman.core.AccessDeniedException;
import io.dragoman.core.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Two refusals before any resource runs. A request naming its author in {@code X-Dragoman-User}
 * is refused: the author of a write is the signed-in user, and a client relying on the header
 * should learn so rather than see its claim dropped. And a write that rides on the page's session
 * cookie must echo the page's CSRF cookie in {@code X-CSRF-Token}: another site can make a browser
 * send the cookie (where SameSite is not honoured) but can neither read it nor set the header.
 */
@Provider
@PreMatching
public class RequestGuard implements ContainerRequestFilter {
    static final String USER_HEADER = "X-Dragoman-User";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_COOKIE = "dragoman_csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(USER_HEADER) != null) {
            request.abortWith(ProblemMapper.respond(InvalidInputException.of(USER_HEADER,
                    "is not read: changes are recorded as the signed-in user; sign in as that user instead")
                    .toProblem()));
            return;
        }
        Cookie session = request.getCookies().get(CredentialsMechanism.SESSION_COOKIE);
        if (SAFE.contains(request.getMethod()) || session == null || request.getHeaderString("Authorization") != null) {
            return;
        }
        Cookie csrf = request.getCookies().get(CSRF_COOKIE);
        String echoed = request.getHeaderString(CSRF_HEADER);
        if (csrf == null || echoed == null || !MessageDigest.isEqual(csrf.getValue().getBytes(StandardCharsets.UTF_8),
                echoed.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(ProblemMapper.respond(new AccessDeniedException(
                    "a write signed in by the page's session must carry the " + CSRF_HEADER
                            + " header with the value of the " + CSRF_COOKIE + " cookie").toProblem()));
        }
    }
}
