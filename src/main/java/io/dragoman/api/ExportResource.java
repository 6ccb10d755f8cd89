package io.dragoman.api;

import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.tmx.ExportFilter;
import io.dragoman.tm.tmx.TmxExporter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * TMX export, streamed as it is written. Filters: {@code memory} (name), {@code sourceLang} and
 * {@code targetLang} (the stored direction; {@code ar} matches every Arabic region),
 * {@code bothDirections} (also units stored the other way round) and {@code changedSince}
 * (an ISO date or date-time: units changed at or after it). Filters are checked before the
 * first byte is sent, so a bad one answers problem+json, not a broken file.
 */
@Path("/api/exports")
@Tag(name = "TMX export", description = "Export units as TMX 1.4b")
public class ExportResource {
    static final String TMX = "application/x-tmx+xml";

    private final TmxExporter exporter;

    ExportResource(TmxExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Path("tmx")
    @Produces(TMX)
    public Response tmx(@QueryParam("memory") String memory,
                        @QueryParam("sourceLang") String sourceLang,
                        @QueryParam("targetLang") String targetLang,
                        @QueryParam("bothDirections") @DefaultValue("false") boolean bothDirections,
                        @QueryParam("changedSince") String changedSince) {
        UnitSelection selection = exporter.select(
                new ExportFilter(memory, sourceLang, targetLang, bothDirections, changedSince));
        StreamingOutput body = out -> exporter.export(selection, out);
        String name = (memory == null || memory.isBlank() ? "dragoman" : memory.strip()).replaceAll("[^\\w.-]+", "_");
        return Response.ok(body, TMX + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".tmx\"").build();
    }
}
