package io.dragoman.api;

import io.dragoman.account.Role;
import io.dragoman.audit.AuditNote;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.core.InvalidInputException;
import io.dragoman.glossary.GlossaryExchange;
import io.dragoman.glossary.GlossaryFormat;
import io.dragoman.glossary.ImportMode;
import io.dragoman.glossary.ImportReport;
import io.dragoman.text.LanguageTag;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Glossary exchange", description = "Termbase import and export in TBX v2/v3, CSV and TSV; OmegaT glossary export")
public class GlossaryExchangeResource {
    private final GlossaryExchange exchange;
    private final AuditNote audit;

    GlossaryExchangeResource(GlossaryExchange exchange, AuditNote audit) {
        this.exchange = exchange;
        this.audit = audit;
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
                                   @Parameter(description = "tbx (either version), tbx2, tbx3, csv or tsv") @QueryParam("format") String format,
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
        String name = file == null || file.isBlank() ? "upload." + parsed.extension : file;
        ImportReport report = exchange.importFile(body, parsed, name, importMode, dryRun);
        audit.changed(null, "glossary import " + name, null, summary(report));
        return report;
    }

    /** The report without its warnings, which a large file may have by the thousand. */
    private static Map<String, Object> summary(ImportReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", report.file());
        summary.put("format", report.format());
        summary.put("mode", report.mode());
        summary.put("dryRun", report.dryRun());
        summary.put("concepts", report.concepts());
        summary.put("terms", report.terms());
        summary.put("created", report.created());
        summary.put("updated", report.updated());
        summary.put("warnings", report.warnings().size());
        return summary;
    }

    @GET
    @Path("exports")
    @Operation(summary = "Export the whole termbase as TBX v3 or v2 (TBX-Basic), CSV, TSV or an OmegaT glossary",
            description = "format=tbx is TBX v3 (the default), tbx2 is TBX v2 (martif) for OmegaT and Translate"
                    + " Toolkit, omegat is OmegaT's tab-separated glossary in the direction sourceLang names.")
    public Response export(@Parameter(description = "tbx (default, = tbx3), tbx2, tbx3, csv, tsv or omegat")
                           @QueryParam("format") String format,
                           @Parameter(description = "omegat only: the source language, ar or en (default en)")
                           @QueryParam("sourceLang") String sourceLang) {
        GlossaryFormat parsed = format == null || format.isBlank() ? GlossaryFormat.TBX : format(format, null);
        LanguageTag source = sourceLanguage(sourceLang);
        String name = parsed == GlossaryFormat.OMEGAT
                ? "dragoman-glossary-" + source + "-" + GlossaryExchange.otherLanguage(source) : "dragoman-glossary";
        StreamingOutput body = out -> exchange.export(parsed, source, out);
        return Response.ok(body, parsed.mediaType + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + parsed.extension + "\"")
                .build();
    }

    private static LanguageTag sourceLanguage(String sourceLang) {
        LanguageTag tag = LanguageTag.parseOptional("sourceLang", sourceLang);
        if (tag == null) {
            return LanguageTag.ENGLISH;
        }
        GlossaryExchange.otherLanguage(tag);
        return tag;
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
