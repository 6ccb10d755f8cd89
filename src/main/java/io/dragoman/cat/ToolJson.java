package io.dragoman.cat;

import jakarta.ws.rs.core.Response;

/**
 * JSON answers with the charset spelled out. OmegaT reads a body without a charset as ISO-8859-1,
 * which turns Arabic into mojibake, so no connector leaves it to the client's default.
 */
final class ToolJson {
    static final String TYPE = "application/json; charset=UTF-8";

    private ToolJson() {
    }

    static Response ok(Object body) {
        return status(200, body);
    }

    static Response status(int status, Object body) {
        return Response.status(status).entity(body).type(TYPE).build();
    }
}
