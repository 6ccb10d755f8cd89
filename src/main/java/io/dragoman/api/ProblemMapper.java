package io.dragoman.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.dragoman.core.BusyException;
import io.dragoman.core.ConflictException;
import io.dragoman.core.DragomanException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Problem;
import io.dragoman.core.Violation;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where failures become HTTP answers, all {@code application/problem+json}.
 * Nothing here echoes class names or stack traces to the client; unexpected failures are logged
 * with an id that the response quotes.
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

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return dragoman(new InvalidInputException(violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
        // Jackson's own messages name Java types; say it in the client's terms instead.
        String why = e.getCause() instanceof IllegalArgumentException arg ? arg.getMessage()
                : e instanceof JsonMappingException ? "has the wrong type or format"
                : e.getOriginalMessage().startsWith("Duplicate") ? "repeats a field (" + e.getOriginalMessage() + ")"
                : "is not well-formed JSON";
        String detail = field == null ? "the request body " + why + where
                : "field " + field + ": " + why + where;
        Problem problem = Problem.of("invalid-json", "Unreadable request body", 400, detail);
        if (e.getLocation() != null) {
            problem = problem.at(null, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        }
        return respond(field == null ? problem : problem.withViolations(List.of(new Violation(field, why))));
    }

    // Quarkus REST registers its own mappers for these subclasses; naming them here makes ours win.
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unparsable(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response badValue(com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        // Quarkus REST wraps body deserialisation failures and query parameter conversions
        // (QueryParameters names the parameter); answer what is inside.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
            if (cause instanceof DragomanException dragoman) {
                return dragoman(dragoman);
            }
        }
        // The framework's own messages name its classes ("No supported MessageBodyReader…"):
        // say what went wrong in the client's terms instead.
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String title = reason == null ? "Error" : reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT);
        return respond(Problem.of(slug(title), title, status, detail(status, title, request)));
    }

    private static String detail(int status, String title, ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return switch (status) {
            case 404 -> "there is nothing at " + path;
            case 405 -> "method " + request.getMethod() + " is not allowed on " + path;
            case 406 -> path + " cannot answer in any type the request accepts (Accept: "
                    + request.getHeaderString(HttpHeaders.ACCEPT) + ")";
            case 415 -> path + " does not take a request body of type "
                    + (request.getMediaType() == null ? "(none)"
                    : "'" + request.getMediaType().getType() + "/" + request.getMediaType().getSubtype() + "'");
            default -> title;
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        var full = io.dragoman.core.StorageFullException.causing(e);
        if (full.isPresent()) {
            LOG.warnf("Disk full, request refused: %s", rootMessage(e));
            return dragoman(full.get());
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", rootMessage(e));
            return Response.fromResponse(respond(Problem.of("database-unavailable", "Database unavailable", 503,
                    "Dragoman cannot reach its database just now; nothing was written. Retry in a few seconds")))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (isConcurrentWrite(e)) {
            // Logged so that an operator can tell which lock a refused request met.
            LOG.infof("Request refused as a concurrent write: %s", rootMessage(e));
            return dragoman(new ConflictException("another request changed the same record at the same time;"
                    + " read it again (its new version) and reapply your change"));
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", id);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "Dragoman failed to process the request; the server log has the details under " + id));
    }

    /**
     * The database cannot be reached (its host died, the network is cut, the pool could not open a
     * connection): a condition of the node, not of the request, which the client may retry and
     * the load balancer route around (readiness is DOWN meanwhile). SQL state class 08 is the
     * standard's "connection exception".
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Two requests edited one record with the same version: the database let one win (its
     * version check or row lock), so the other is a conflict, as a stale version is, and not a failure.
     */
    private static boolean isConcurrentWrite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof StaleStateException
                    || cause instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String field(ConstraintViolation<?> violation) {
        // Bean Validation paths look like "create.request.sourceText": keep the part after the
        // method parameter, which is what the client wrote.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
