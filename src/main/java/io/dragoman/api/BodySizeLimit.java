package io.dragoman.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.LimitExceededException;
import io.dragoman.core.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer refuses a body larger than {@code quarkus.http.limits.max-body-size} with an empty
 * 413, which tells a client neither the limit nor its name. A request that announces its size
 * ({@code Content-Length}, as every client that uploads a file does) is answered here first, with
 * the same problem document as every other limit.
 */
@ApplicationScoped
class BodySizeLimit {
    static final String SETTING = "quarkus.http.limits.max-body-size";

    private final long limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = SETTING) MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        long announced = announced(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (announced <= limit) {
            context.next();
            return;
        }
        Problem problem = new LimitExceededException("the request body", SETTING, limit, announced, "bytes").toProblem();
        try {
            // The body is not read: close the connection rather than drain it.
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long announced(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
