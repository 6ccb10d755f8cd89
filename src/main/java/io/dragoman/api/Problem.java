package io.dragoman.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dragoman.core.Violation;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a relative URI naming the problem family;
 * {@code violations} lists offending request fields; {@code file}/{@code line}/{@code column}
 * locate an error inside an uploaded file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, String file, Long line, Long column) {
    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(String type, String title, int status, String detail) {
        return new Problem("/problems/" + type, title, status, detail, null, null, null, null, null);
    }
}
