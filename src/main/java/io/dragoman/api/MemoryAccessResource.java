package io.dragoman.api;

import io.dragoman.account.MemoryAccess;
import io.dragoman.account.MemoryAccessView;
import io.dragoman.account.Role;
import io.dragoman.audit.AuditNote;
import io.dragoman.tm.MemoryResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who may read and write a memory's units (admins only): every signed-in user, or its named members. */
@Path("/api/memories/{memory}/access")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Memories")
public class MemoryAccessResource {
    private final MemoryAccess access;
    private final MemoryResolver memories;
    private final AuditNote note;

    MemoryAccessResource(MemoryAccess access, MemoryResolver memories, AuditNote note) {
        this.access = access;
        this.memories = memories;
        this.note = note;
    }

    @GET
    @Operation(summary = "The memory's access (team or restricted) and its members")
    public MemoryAccessView get(@Parameter(description = MemoryParameter.ONE) @PathParam("memory") String memory) {
        return access.get(memories.require("memory", memory).id());
    }

    @PUT
    @Operation(summary = "Set the memory's access and replace its members; takes effect at once on every node")
    public MemoryAccessView set(@Parameter(description = MemoryParameter.ONE) @PathParam("memory") String memory,
                                @NotNull MemoryAccess.Change change) {
        long id = memories.require("memory", memory).id();
        MemoryAccessView before = access.get(id);
        MemoryAccessView after = access.set(id, change);
        note.changed(id, "memory " + id + " access", before, after);
        return after;
    }
}
