package io.dragoman.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dragoman.core.ConflictException;
import io.dragoman.core.DragomanException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Problem;
import io.dragoman.core.StorageFullException;
import io.dragoman.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where failures become HTTP answers, all {@code application/problem+json}. Dragoman's own
 * failures render themselves ({@link DragomanException#toProblem()}); this class translates the
 * framework's (validation, routing, media types) and the unexpected ones into the same model, and
 * {@link JsonProblems} an unreadable body. Nothing here echoes class names or stack traces to the
 * client; unexpected failures are logged with an id that the response quotes.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response dragoman(DragomanException e) {
        return respond(e);
    }

    /** A failure of the family as the API answers it, with the headers it needs (a challenge, a retry delay). */
    static Response respond(DragomanException e) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        e.headers().forEach(response::header);
        return response.build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return respond(new InvalidInputException(violations));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        // Quarkus REST wraps body deserialisation failures and query parameter conversions
        // (QueryParameters names the parameter); answer what is inside.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return respond(JsonProblems.problem(json));
            }
            if (cause instanceof DragomanException dragoman) {
                return respond(dragoman);
            }
        }
        // The framework's own messages name its classes ("No supported MessageBodyReader…"):
        // say what went wrong in the client's terms instead. Its titles are capitalised as
        // Dragoman's are ("Not found", as a missing unit answers).
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String title = reason == null ? "Error" : reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT);
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return respond(Problem.of(slug, title, status, detail(status, title, request)));
    }

    private static String detail(int status, String title, ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String verb = request.getMethod();
        return switch (status) {
            case 404 -> "there is nothing at " + path;
            case 405 -> "method " + verb + " is not allowed on " + path;
            case 406 -> path + " answers in " + listed(MediaTypes.produced(verb, path))
                    + ", none of which the request accepts (Accept: " + request.getHeaderString(HttpHeaders.ACCEPT) + ")";
            case 415 -> path + " takes a request body of type " + listed(MediaTypes.consumed(verb, path))
                    + ", not " + (request.getMediaType() == null ? "one without a Content-Type"
                    : "'" + request.getMediaType().getType() + "/" + request.getMediaType().getSubtype() + "'");
            default -> title;
        };
    }

    private static String listed(Set<String> types) {
        return types.isEmpty() ? "another type (see /q/openapi)" : String.join(" or ", types);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        var full = StorageFullException.causing(e);
        if (full.isPresent()) {
            LOG.warnf("Disk full, request refused: %s", DatabaseFailures.rootMessage(e));
            return respond(full.get());
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", DatabaseFailures.rootMessage(e));
            return Response.fromResponse(respond(Problem.of("database-unavailable", "Database unavailable", 503,
                    "Dragoman cannot reach its database just now; nothing was written. Retry in a few seconds")))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (DatabaseFailures.isConcurrentWrite(e)) {
            // Logged so that an operator can tell which lock a refused request met.
            LOG.infof("Request refused as a concurrent write: %s", DatabaseFailures.rootMessage(e));
            return respond(new ConflictException("another request changed the same record at the same time;"
                    + " read it again (its new version) and reapply your change"));
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", id);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "Dragoman failed to process the request; the server log has the details under " + id));
    }

    private static String field(ConstraintViolation<?> violation) {
        // Bean Validation paths look like "create.request.sourceText": keep the part after the
        // method parameter, which is what the client wrote.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
