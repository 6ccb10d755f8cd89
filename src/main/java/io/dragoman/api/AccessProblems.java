package io.dragoman.api;

import io.dragoman.core.AccessDeniedException;
import io.dragoman.core.DragomanException;
import io.dragoman.core.NotSignedInException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus security's failures in Dragoman's error model: nobody or a wrong credential is 401 with
 * a challenge, a role too low is 403, a throttled sign-in is 429, all problem+json.
 */
public class AccessProblems {
    @ServerExceptionMapper
    public Response notSignedIn(io.quarkus.security.UnauthorizedException e, ContainerRequestContext request) {
        return ProblemMapper.respond(new NotSignedInException("sign in: send a user and password (Basic), an API token (Bearer)"
                + " or the page's session cookie", offerBasic(request)));
    }

    @ServerExceptionMapper
    public Response signInFailed(io.quarkus.security.AuthenticationFailedException e, ContainerRequestContext request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DragomanException dragoman) {
                return ProblemMapper.respond(dragoman);
            }
        }
        String why = e.getMessage() == null || e.getMessage().isBlank() ? "the credentials were not accepted"
                : e.getMessage();
        return ProblemMapper.respond(new NotSignedInException(why, offerBasic(request)));
    }

    /** Dragoman's own 401s (a read of a memory that is not public), with the same care for the page. */
    @ServerExceptionMapper
    public Response notSignedInHere(NotSignedInException e, ContainerRequestContext request) {
        return ProblemMapper.respond(offerBasic(request) ? e : e.withoutBasic());
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ProblemMapper.respond(new AccessDeniedException("the signed-in user's role (or the token's role ceiling)"
                + " does not allow this"));
    }

    /** The page says X-Requested-With: a Basic challenge would make the browser open its own password dialog. */
    private static boolean offerBasic(ContainerRequestContext request) {
        return request.getHeaderString("X-Requested-With") == null;
    }
}
