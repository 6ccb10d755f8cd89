package io.dragoman.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Headers of the workbench page's own files (the HTML, its scripts and styles).
 *
 * <p>The files keep stable names, and the modules import each other by those names, so a long
 * cache lifetime would keep an old page after an upgrade. Instead every file is sent with
 * {@code Cache-Control: no-cache} and an {@code ETag} made from its content: the browser asks each
 * time and gets {@code 304 Not Modified} while the file is unchanged, the new file once it changed.
 * A date-based check is not enough, since a rebuilt jar may carry the same dates. The Content
 * Security Policy is sent as a header too, not only as the page's {@code <meta>} tag.
 */
@ApplicationScoped
class PageHeaders {
    /** The same policy as the {@code <meta>} tag of index.html: the page talks to its own server only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' data:;"
            + " style-src 'self'; script-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    private static final String ROOT = "META-INF/resources";

    /** ETags of the page files met so far; paths that name no file are not kept, so the map stays bounded. */
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        HttpMethod method = context.request().method();
        if (!isPageFile(path) || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            context.next();
            return;
        }
        String etag = etags.get(path);
        if (etag == null) {
            Optional<String> computed = etagOf(path);
            if (computed.isEmpty()) {
                context.next();
                return;
            }
            etag = computed.get();
            etags.put(path, etag);
        }
        var response = context.response();
        response.putHeader(HttpHeaders.ETAG, etag);
        if (etag.equals(context.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache").setStatusCode(304).end();
            return;
        }
        // The ETag decides; the static handler must not answer 304 from the file's date.
        context.request().headers().remove(HttpHeaders.IF_MODIFIED_SINCE);
        response.headersEndHandler(ignored -> {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        });
        context.next();
    }

    static boolean isPageFile(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/js/") || path.startsWith("/css/");
    }

    /** A strong ETag from the file's bytes; read once per path (the files are a few kilobytes). */
    private static Optional<String> etagOf(String path) {
        String name = ROOT + (path.equals("/") ? "/index.html" : path);
        if (name.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = PageHeaders.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return Optional.of('"' + HexFormat.of().formatHex(digest, 0, 12) + '"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
