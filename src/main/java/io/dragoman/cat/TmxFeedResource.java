package io.dragoman.cat;

import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.MemoryRevision;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.tmx.TmxExporter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A whole memory as one TMX 1.4b file at a stable URL, for an OmegaT team project that maps a
 * remote {@code http} repository into its {@code tm/} folder: OmegaT fetches it at each sync and
 * uses it as an external memory. The {@code ETag} is the memory's revision, so a sync that finds
 * the memory unchanged gets {@code 304 Not Modified} and no body.
 */
@Path("/export")
// Open to the tools, which cannot sign in: ReadableMemories takes their tokens.
@PermitAll
@Tag(name = "CAT tools")
public class TmxFeedResource {
    private static final String TMX_TYPE = "application/x-tmx+xml;charset=UTF-8";

    private final TmxExporter exporter;
    private final MemoryRevision revision;
    private final ReadableMemories readable;
    private final String version;

    TmxFeedResource(TmxExporter exporter, MemoryRevision revision, ReadableMemories readable,
                    @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0") String version) {
        this.exporter = exporter;
        this.revision = revision;
        this.readable = readable;
        this.version = version;
    }

    @GET
    @Path("{memory}.tmx")
    @Operation(summary = "The memory (id or name) as TMX 1.4b, with an ETag; 304 when If-None-Match holds it")
    public Response tmx(@PathParam("memory") String memory, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @QueryParam("key") String key) {
        MemoryResolver.Resolved resolved = readable.one(new ReadableMemories.Caller(memory, key));
        // The writer's version is part of the tag: an upgrade may write the same units differently.
        String etag = '"' + revision.of(resolved.id()) + "-" + version + '"';
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .build();
        }
        StreamingOutput body = out -> exporter.export(UnitSelection.memory(resolved.id()), out);
        return Response.ok(body, TMX_TYPE).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /** RFC 9110 If-None-Match: a list of tags, weak ones compared weakly, or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
