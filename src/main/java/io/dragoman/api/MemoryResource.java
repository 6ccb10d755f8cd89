package io.dragoman.api;

import io.dragoman.account.MemoryAccess;
import io.dragoman.account.MemoryAccessView;
import io.dragoman.account.Role;
import io.dragoman.audit.AuditNote;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.tm.MemoryService;
import io.dragoman.tm.MemoryView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.dragoman.tm.MemoryResolver;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/memories")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Memories", description = "Collections of translation units")
public class MemoryResource {
    private final MemoryService tm;
    private final MemoryResolver memories;
    private final MemoryAccess access;
    private final SecurityIdentity identity;
    private final AuditNote audit;

    MemoryResource(MemoryService tm, MemoryResolver memories, MemoryAccess access, SecurityIdentity identity,
                   AuditNote audit) {
        this.tm = tm;
        this.audit = audit;
        this.memories = memories;
        this.access = access;
        this.identity = identity;
    }

    /** The memories the caller may read (a restricted one only for its members and admins), with their access. */
    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    public List<MemoryEntry> list() {
        Set<Long> hidden = memories.hidden();
        Map<Long, MemoryAccessView> all = access.all();
        boolean admin = identity.hasRole(Role.ADMIN_NAME);
        return tm.listMemories().stream().filter(m -> !hidden.contains(m.id()))
                .map(m -> MemoryEntry.of(m, all.get(m.id()), admin)).toList();
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    @Path("{id}")
    public MemoryEntry get(@PathParam("id") long id) {
        memories.requireReadable(id, "memory", id);
        MemoryView memory = tm.getMemory(id);
        return MemoryEntry.of(memory, access.get(id), identity.hasRole(Role.ADMIN_NAME));
    }

    @POST
    public Response create(@NotNull @Valid MemoryRequest request, @Context UriInfo uri) {
        MemoryView created = tm.createMemory(request.name(), request.description());
        audit.changed(created.id(), "memory " + created.id(), null, created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        audit.removal(id, "memory " + id, tm.getMemory(id), () -> tm.deleteMemory(id));
    }
}
