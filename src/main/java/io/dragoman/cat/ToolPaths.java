package io.dragoman.cat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the connectors' URLs into the one form the resources declare, before routing.
 *
 * <ul>
 *   <li>{@code /api/v1} is amaGama's name for {@code /tmserver} (Virtaal's default URL);</li>
 *   <li>runs of slashes before the text collapse: Virtaal's default URL ends in {@code /} and it
 *       appends {@code /ar/en/unit/…}, so it asks for {@code /api/v1//ar/en/unit/…};</li>
 *   <li>a trailing slash goes: Weblate asks for {@code languages/};</li>
 *   <li>{@code /{connector}/memory/{memory}/…} becomes {@code /{connector}/…?memory={memory}}: the
 *       tools append their own paths to a configured base URL and most cannot add a query parameter,
 *       so the memory is chosen by the base URL itself; {@code /key/{token}} likewise gives the API
 *       token to tools that can send neither a header nor a {@code key} parameter.</li>
 * </ul>
 * The text in the path stays as the client encoded it; only literal slashes of the prefix change.
 *
 * <p>Since Quarkus's own check of request targets is off for the tools' literal {@code |} (see
 * {@code cli.DragomanMain}), a path with a broken percent-escape ({@code %zz}, a cut-off {@code %2})
 * is answered here, for every path, with the 400 problem that check gave, before a handler trips on it.
 */
@ApplicationScoped
class ToolPaths {
    private static final List<String> ROOTS = List.of("/tmserver", "/api/v1", "/apertium", "/mymemory", "/export");
    /** Path segments that stand for query parameters, for tools that can only be given a base URL. */
    private static final List<String> CHOICES = List.of("/memory/", "/key/");

    /** What ProblemMapper answers for a request it cannot read, with what was wrong. */
    private static final Problem MALFORMED = Problem.of("bad-request", "Bad request", 400,
            "the request path holds a malformed percent-escape");

    private final String malformed;

    ToolPaths(ObjectMapper json) throws JsonProcessingException {
        this.malformed = json.writeValueAsString(MALFORMED);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.request().path();
        if (path != null && !wellEscaped(path)) {
            context.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE).end(malformed);
            return;
        }
        Optional<String> rewritten = path == null ? Optional.empty() : rewrite(path, context.request().query());
        if (rewritten.isPresent()) {
            context.reroute(rewritten.get());
        } else {
            context.next();
        }
    }

    /** True when every {@code %} of {@code path} starts two hex digits. */
    static boolean wellEscaped(String path) {
        for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
            if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
                    || Character.digit(path.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String prefix(String head) {
        return CHOICES.stream().filter(head::startsWith).findFirst().orElse(null);
    }

    /** The path and query to route instead, when {@code path} is not yet in the declared form. */
    static Optional<String> rewrite(String path, String query) {
        String root = ROOTS.stream().filter(r -> path.equals(r) || path.startsWith(r + "/")).findFirst().orElse(null);
        if (root == null) {
            return Optional.empty();
        }
        String rest = path.substring(root.length());
        int unit = rest.indexOf("/unit/");
        String head = unit < 0 ? rest : rest.substring(0, unit);
        String tail = unit < 0 ? "" : rest.substring(unit);
        head = head.replaceAll("/{2,}", "/");
        // The base URL may carry the memory and the API token, in either order.
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String prefix = prefix(head); prefix != null; prefix = prefix(head)) {
            int end = head.indexOf('/', prefix.length());
            chosen.putIfAbsent(prefix.substring(1, prefix.length() - 1),
                    end < 0 ? head.substring(prefix.length()) : head.substring(prefix.length(), end));
            head = end < 0 ? "" : head.substring(end);
        }
        String target = ("/api/v1".equals(root) ? "/tmserver" : root) + head + tail;
        if (target.length() > 1 && target.endsWith("/")) {
            target = target.substring(0, target.length() - 1);
        }
        if (target.equals(path) && chosen.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder uri = new StringBuilder(target);
        String parameters = query == null || query.isEmpty() ? "" : query;
        for (Map.Entry<String, String> choice : chosen.entrySet()) {
            if (!choice.getValue().isEmpty()) {
                // A raw path segment read as a query value: '+' is a plus in a path, a space in a query.
                String value = choice.getKey() + "=" + choice.getValue().replace("+", "%2B");
                parameters = parameters.isEmpty() ? value : value + "&" + parameters;
            }
        }
        if (!parameters.isEmpty()) {
            uri.append('?').append(parameters);
        }
        return Optional.of(uri.toString());
    }
}
