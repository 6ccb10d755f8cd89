package io.dragoman.api;

import io.dragoman.account.CredentialsMechanism;
import io.dragoman.core.AccessDeniedException;
import io.dragoman.core.DatabaseFileLostException;
import io.dragoman.core.DatabaseFileWatch;
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
 * And while the embedded database's file is lost ({@link DatabaseFileWatch}) only reads pass,
 * among them the POSTs that only read (a lookup, a check, signing in to read).
 */
@Provider
@PreMatching
public class RequestGuard implements ContainerRequestFilter {
    static final String USER_HEADER = "X-Dragoman-User";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_COOKIE = "dragoman_csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> READING_POSTS = Set.of("/api/lookup", "/api/qa/check", "/api/glossary/recognize",
            "/api/pretranslate", "/api/session");

    private final DatabaseFileWatch databaseFile;

    RequestGuard(DatabaseFileWatch databaseFile) {
        this.databaseFile = databaseFile;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (databaseFile.lost().isPresent() && !SAFE.contains(request.getMethod()) && !reads(request)) {
            request.abortWith(ProblemMapper.respond(new DatabaseFileLostException(databaseFile.lost().get()).toProblem()));
            return;
        }
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

    private static boolean reads(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return READING_POSTS.contains(trimmed) || trimmed.startsWith("/mymemory/") && !trimmed.endsWith("/set");
    }
}
