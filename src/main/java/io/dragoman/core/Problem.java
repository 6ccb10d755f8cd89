package io.dragoman.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a relative URI naming the problem family, and
 * each type has one {@code title}; {@code violations} lists offending request fields and
 * parameters; {@code file}/{@code line}/{@code column} locate an error inside an uploaded file
 * or a request body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, String file, Long line, Long column, Limit limit) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The configured limit a request went beyond: its setting's name and value. */
    public record Limit(String name, long value) {
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem("/problems/" + type, title, status, detail, null, null, null, null, null, null);
    }

    public Problem withViolations(List<Violation> offending) {
        return new Problem(type, title, status, detail, instance, List.copyOf(offending), file, line, column, limit);
    }

    public Problem withLimit(Limit exceeded) {
        return new Problem(type, title, status, detail, instance, violations, file, line, column, exceeded);
    }

    /** The place of the problem; a line or column of 0 or less is unknown and left out. */
    public Problem at(String fileName, long lineNumber, long columnNumber) {
        return new Problem(type, title, status, detail, instance, violations, fileName,
                lineNumber > 0 ? lineNumber : null, columnNumber > 0 ? columnNumber : null, limit);
    }
}
