package io.dragoman.api;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.tm.TmService;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.tmx.TmxExporter;
import io.dragoman.text.LanguageTag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * TMX export, streamed as it is written. Filters: {@code memory} (name), {@code sourceLang} and
 * {@code targetLang} (the stored direction; {@code ar} matches every Arabic region),
 * {@code bothDirections} (also units stored the other way round) and {@code changedSince}
 * (an ISO date or date-time: units changed at or after it).
 */
@Path("/api/exports")
@Tag(name = "TMX export", description = "Export units as TMX 1.4b")
public class ExportResource {
    static final String TMX = "application/x-tmx+xml";

    private final TmxExporter exporter;
    private final TmService tm;

    ExportResource(TmxExporter exporter, TmService tm) {
        this.exporter = exporter;
        this.tm = tm;
    }

    @GET
    @Path("tmx")
    @Produces(TMX)
    public Response tmx(@QueryParam("memory") String memory,
                        @QueryParam("sourceLang") String sourceLang,
                        @QueryParam("targetLang") String targetLang,
                        @QueryParam("bothDirections") @DefaultValue("false") boolean bothDirections,
                        @QueryParam("changedSince") String changedSince) {
        Long memoryId = memory == null || memory.isBlank() ? null
                : tm.findMemoryByName(memory.strip()).orElseThrow(() -> new NotFoundException("memory", memory)).id();
        UnitSelection selection = new UnitSelection(memoryId, language("sourceLang", sourceLang),
                language("targetLang", targetLang), bothDirections, since(changedSince));
        StreamingOutput body = out -> exporter.export(selection, out);
        String name = (memory == null || memory.isBlank() ? "dragoman" : memory.strip()).replaceAll("[^\\w.-]+", "_");
        return Response.ok(body, TMX + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".tmx\"").build();
    }

    static LanguageTag language(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!LanguageTag.isValid(value)) {
            throw InvalidInputException.of(field, "'" + value + "' is not a BCP 47 language tag");
        }
        return LanguageTag.of(value);
    }

    static OffsetDateTime since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("changedSince", "'" + value
                    + "' is neither an ISO date (2024-05-31) nor an ISO date-time with offset (2024-05-31T12:00:00Z)");
        }
    }
}
