package io.dragoman.tm.tmx;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;

/**
 * Why an import job failed, in the terms of the API's problem documents (RFC 9457): the same
 * {@code type}, {@code title}, {@code status} and {@code detail} the synchronous import would
 * have answered, and for a malformed file its {@code file}, {@code line} and {@code column}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportFailure(String type, String title, int status, String detail, String file, Long line,
                            Long column) {

    static ImportFailure of(DragomanException e) {
        String file = null;
        Long line = null;
        Long column = null;
        if (e instanceof FormatException format) {
            file = format.file();
            line = format.line() > 0 ? format.line() : null;
            column = format.column() > 0 ? format.column() : null;
        }
        return new ImportFailure("/problems/" + e.type(), e.title(), e.status(), e.getMessage(), file, line, column);
    }

    static ImportFailure internal(String detail) {
        return new ImportFailure("/problems/internal-error", "Internal error", 500, detail, null, null, null);
    }
}
