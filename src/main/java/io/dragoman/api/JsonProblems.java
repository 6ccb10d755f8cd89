package io.dragoman.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dragoman.core.Problem;
import io.dragoman.core.Violation;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request body that is not the JSON an endpoint reads: a 400 naming the field and, for a syntax
 * error, the line and column, in the client's terms (Jackson's own messages name Java types).
 */
public class JsonProblems {
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return ProblemMapper.respond(problem(e));
    }

    // Quarkus REST registers its own mappers for these subclasses; naming them here makes ours win.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response badValue(ValueInstantiationException e) {
        return unreadable(e);
    }

    static Problem problem(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
        String why = e.getCause() instanceof IllegalArgumentException arg ? arg.getMessage()
                : e instanceof JsonMappingException ? "has the wrong type or format"
                : e.getOriginalMessage().startsWith("Duplicate") ? "repeats a field (" + e.getOriginalMessage() + ")"
                : "is not well-formed JSON";
        String detail = field == null ? "the request body " + why + where : "field " + field + ": " + why + where;
        Problem problem = Problem.of("invalid-json", "Unreadable request body", 400, detail);
        if (e.getLocation() != null) {
            problem = problem.at(null, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        }
        return field == null ? problem : problem.withViolations(List.of(new Violation(field, why)));
    }

    private static String path(JsonMappingException e) {
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
}
