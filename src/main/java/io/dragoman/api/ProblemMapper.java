package io.dragoman.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where failures become HTTP answers, all {@code application/problem+json}.
 * Nothing here echoes class names or stack traces to the client; unexpected failures are logged
 * with an id that the response quotes.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response dragoman(DragomanException e) {
        Problem base = Problem.of(e.type(), e.title(), e.status(), e.getMessage());
        Problem problem = base;
        if (e instanceof InvalidInputException invalid) {
            problem = withViolations(base, invalid.violations());
        } else if (e instanceof NotFoundException missing && missing.parameter() != null) {
            problem = withViolations(base, List.of(new Violation(missing.parameter(),
                    "no " + missing.resource() + " has the id or name '" + missing.id() + "'")));
        } else if (e instanceof FormatException format) {
            problem = new Problem(base.type(), base.title(), base.status(), base.detail(), null, null,
                    format.file(), format.line() > 0 ? format.line() : null,
                    format.column() > 0 ? format.column() : null);
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return respond(withViolations(Problem.of("invalid-input", "Invalid input", 400, detail), violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
        // Jackson's own messages name Java types; say it in the client's terms instead.
        String why = e.getCause() instanceof IllegalArgumentException arg ? arg.getMessage()
                : e instanceof JsonMappingException ? "has the wrong type or format"
                : "is not well-formed JSON";
        String detail = field == null ? "the request body " + why + where
                : "field " + field + ": " + why + where;
        Problem problem = Problem.of("invalid-json", "Unreadable request body", 400, detail);
        if (field != null) {
            problem = withViolations(problem, List.of(new Violation(field, why)));
        }
        return respond(problem);
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
    public Response web(WebApplicationException e) {
        // Quarkus REST wraps body deserialisation failures; answer them with their location.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? title : e.getMessage();
        return respond(Problem.of(slug(title), title, status, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", id);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "Dragoman failed to process the request; the server log has the details under " + id));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem withViolations(Problem p, List<Violation> violations) {
        return new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), violations,
                p.file(), p.line(), p.column());
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
        return title == null ? "error" : title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
