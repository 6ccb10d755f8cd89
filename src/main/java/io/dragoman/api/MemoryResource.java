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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/memories")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Memories", description = "Collections of translation units")
public class MemoryResource {
    private final TmService tm;

    MemoryResource(TmService tm) {
        this.tm = tm;
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    public List<MemoryView> list() {
        return tm.listMemories();
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    @Path("{id}")
    public MemoryView get(@PathParam("id") long id) {
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
