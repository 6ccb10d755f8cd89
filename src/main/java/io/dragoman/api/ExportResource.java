package io.dragoman.api;

import io.dragoman.account.Role;
import io.dragoman.account.MemoryAccess;
import io.dragoman.core.AccessDeniedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.tmx.TmxExporter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * TMX export, streamed as it is written. Filters: {@code memory} (id or name), {@code sourceLang} and
 * {@code targetLang} (the stored direction; {@code ar} matches every Arabic region),
 * {@code bothDirections} (also units stored the other way round) and {@code changedSince}
 * (an ISO date or date-time: units changed at or after it). Filters are checked before the
 * first byte is sent, so a bad one answers problem+json, not a broken file.
 *
 * <p>TMX is XML, and most clients (curl scripts, browsers, CAT tools) ask for it as
 * {@code application/xml} or {@code text/xml}: those get the same document under the type
 * they asked for; {@code *}{@code /*}, no {@code Accept} and the TMX type get {@code application/x-tmx+xml}.
 */
@Path("/api/exports")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "TMX export", description = "Export units as TMX 1.4b")
public class ExportResource {
    static final String TMX = "application/x-tmx+xml";
    private static final MediaType TMX_TYPE = MediaType.valueOf(TMX);
    private static final Set<String> XML_TYPES = Set.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML);

    private final TmxExporter exporter;
    private final MemoryResolver memories;
    private final MemoryAccess access;
    private final SecurityIdentity identity;

    ExportResource(TmxExporter exporter, MemoryResolver memories, MemoryAccess access, SecurityIdentity identity) {
        this.exporter = exporter;
        this.memories = memories;
        this.access = access;
        this.identity = identity;
    }

    /**
     * An admin's, but for a memory an admin made public: that one anybody exports, signed in or not,
     * naming it by id or name.
     */
    @PermitAll
    @GET
    @Path("tmx")
    @Produces({TMX, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response tmx(@Context HttpHeaders headers,
                        @Parameter(description = MemoryParameter.ONE) @QueryParam("memory") String memory,
                        @QueryParam("sourceLang") String sourceLang,
                        @QueryParam("targetLang") String targetLang,
                        @QueryParam("bothDirections") @DefaultValue("false") boolean bothDirections,
                        @QueryParam("changedSince") String changedSince) {
        if (!identity.hasRole(Role.ADMIN_NAME)) {
            Long id = memories.idOrNull("memory", memory);
            if (id == null || !access.isPublic(id)) {
                throw new AccessDeniedException("exporting is for admins, but for a memory an admin made public");
            }
        }
        UnitSelection selection = UnitSelection.forExport(memories.idOrNull("memory", memory), sourceLang, targetLang,
                bothDirections, changedSince);
        StreamingOutput body = out -> exporter.export(selection, out);
        String name = (selection.memoryId() == null ? "dragoman" : memories.require("memory", memory).name())
                .replaceAll("[^\\w.-]+", "_");
        return Response.ok(body, answerType(headers) + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".tmx\"").build();
    }

    /** The first type the client accepts, in its order of preference; a wildcard gets the TMX type. */
    private static String answerType(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            String type = accepted.getType() + "/" + accepted.getSubtype();
            if (XML_TYPES.contains(type)) {
                return type;
            }
            if (accepted.isCompatible(TMX_TYPE)) {
                return TMX;
            }
        }
        return TMX;
    }
}
