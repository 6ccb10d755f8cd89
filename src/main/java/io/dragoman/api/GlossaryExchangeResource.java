package io.dragoman.api;

import io.dragoman.core.InvalidInputException;
import io.dragoman.glossary.GlossaryExchange;
import io.dragoman.glossary.GlossaryFormat;
import io.dragoman.glossary.ImportMode;
import io.dragoman.glossary.ImportReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary")
@Tag(name = "Glossary exchange", description = "Termbase import and export in TBX, CSV and TSV")
public class GlossaryExchangeResource {
    private final GlossaryExchange exchange;

    GlossaryExchangeResource(GlossaryExchange exchange) {
        this.exchange = exchange;
    }

    @POST
    @Path("imports")
    @Consumes("*/*")
    @Operation(summary = "Import a termbase file (all or nothing)",
            description = "The body is the file: TBX v2 or v3, or CSV/TSV with a header row. The format comes from"
                    + " the format parameter or the content type (application/x-tbx, application/xml, text/csv,"
                    + " text/tab-separated-values). Concepts whose id is already stored are replaced (mode=upsert)"
                    + " or make the import fail (mode=create). dryRun=true reports without storing.")
    public ImportReport importFile(InputStream body,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @Parameter(description = "tbx, csv or tsv") @QueryParam("format") String format,
                                   @QueryParam("dryRun") boolean dryRun,
                                   @Parameter(description = "upsert (default) or create") @QueryParam("mode") String mode,
                                   @Parameter(description = "file name quoted in errors") @QueryParam("file") String file) {
        GlossaryFormat parsed = format(format, contentType);
        ImportMode importMode;
        try {
            importMode = ImportMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("mode", e.getMessage());
        }
        return exchange.importFile(body, parsed, file == null || file.isBlank() ? "upload." + parsed.extension : file,
                importMode, dryRun);
    }

    @GET
    @Path("exports")
    @Operation(summary = "Export the whole termbase as TBX v3 (TBX-Basic), CSV or TSV")
    public Response export(@Parameter(description = "tbx (default), csv or tsv") @QueryParam("format") String format) {
        GlossaryFormat parsed = format == null || format.isBlank() ? GlossaryFormat.TBX : format(format, null);
        StreamingOutput body = out -> exchange.export(parsed, out);
        return Response.ok(body, parsed.mediaType + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"dragoman-glossary." + parsed.extension + "\"")
                .build();
    }

    private static GlossaryFormat format(String format, String contentType) {
        if (format != null && !format.isBlank()) {
            try {
                return GlossaryFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("format", e.getMessage());
            }
        }
        return GlossaryFormat.ofMediaType(contentType).orElseThrow(() -> InvalidInputException.of("format",
                "cannot tell the format from the content type '" + contentType
                        + "'; send application/x-tbx, text/csv or text/tab-separated-values, or pass format=tbx|csv|tsv"));
    }
}
