package io.dragoman.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.account.Role;
import io.dragoman.audit.AuditEntry;
import io.dragoman.audit.AuditQuery;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.tm.MemoryResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for admins: newest first, filtered by user, memory and time; also as JSON lines. */
@Path("/api/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Audit", description = "Who wrote what, when, from where (admins only)")
public class AuditResource {
    static final String JSON_LINES = "application/jsonl";

    private final AuditQuery audit;
    private final MemoryResolver memories;
    private final ObjectMapper json;

    AuditResource(AuditQuery audit, MemoryResolver memories, ObjectMapper json) {
        this.audit = audit;
        this.memories = memories;
        this.json = json;
    }

    @GET
    public Page<AuditEntry> list(@QueryParam("user") String user, @QueryParam("memory") String memory,
                                 @QueryParam("since") String since, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        return audit.list(filter(user, memory, since), PageRequest.of(page, size));
    }

    @GET
    @Path("export")
    @Produces(JSON_LINES)
    public Response export(@QueryParam("user") String user, @QueryParam("memory") String memory,
                           @QueryParam("since") String since) {
        AuditQuery.Filter filter = filter(user, memory, since);
        StreamingOutput body = out -> audit.each(filter, entry -> line(out, entry));
        return Response.ok(body, JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"dragoman-audit.jsonl\"").build();
    }

    private void line(OutputStream out, AuditEntry entry) {
        try {
            out.write(json.writeValueAsBytes(entry));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditQuery.Filter filter(String user, String memory, String since) {
        // A deleted memory keeps its entries: its id still filters them, its name no longer resolves.
        Long memoryId = memory == null || memory.isBlank() ? null
                : memory.matches("\\d{1,18}") ? Long.valueOf(memory) : memories.idOrNull("memory", memory);
        return new AuditQuery.Filter(user == null || user.isBlank() ? null : user, memoryId, instant(since));
    }

    private static OffsetDateTime instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("since", "must be a date (2026-12-01) or an ISO-8601 time with its offset"
                    + " (2026-12-01T08:00:00Z)");
        }
    }
}
