package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.tm.MemoryView;
import io.dragoman.tm.TmService;
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
import java.util.Set;
import io.dragoman.tm.MemoryResolver;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/memories")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Memories", description = "Collections of translation units")
public class MemoryResource {
    private final TmService tm;
    private final MemoryResolver memories;

    MemoryResource(TmService tm, MemoryResolver memories) {
        this.tm = tm;
        this.memories = memories;
    }

    /** The memories the caller may read: a restricted one only for its members and admins. */
    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    public List<MemoryView> list() {
        Set<Long> hidden = memories.hidden();
        return tm.listMemories().stream().filter(m -> !hidden.contains(m.id())).toList();
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    @Path("{id}")
    public MemoryView get(@PathParam("id") long id) {
        memories.requireReadable(id, "memory", id);
        return tm.getMemory(id);
    }

    @POST
    public Response create(@NotNull @Valid MemoryRequest request, @Context UriInfo uri) {
        MemoryView created = tm.createMemory(request.name(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        tm.deleteMemory(id);
    }
}
