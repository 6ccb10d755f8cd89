package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.audit.AuditNote;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.UnitService;
import io.dragoman.tm.UnitView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/units")
@RolesAllowed(Role.TRANSLATOR_NAME)
@Tag(name = "Units", description = "Translation units: bilingual pairs with metadata")
public class UnitResource {
    private final UnitService tm;
    private final MemoryResolver memories;
    private final Caller caller;
    private final AuditNote audit;
    private final UnitReader reader;

    UnitResource(UnitService tm, MemoryResolver memories, Caller caller, AuditNote audit, UnitReader reader) {
        this.tm = tm;
        this.reader = reader;
        this.memories = memories;
        this.caller = caller;
        this.audit = audit;
    }

    /** Open without signing in for a public memory it names; so is {@link #get} for such a memory's unit. */
    @PermitAll
    @GET
    public Page<UnitView> list(@Parameter(description = MemoryParameter.ONE) @QueryParam("memory") String memory,
                               @QueryParam("sourceLang") String sourceLang,
                               @QueryParam("targetLang") String targetLang,
                               @QueryParam("q") String contains,
                               @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        return reader.list(UnitSelection.of(memories.idOrNull("memory", memory), sourceLang, targetLang, contains)
                .excluding(memories.hidden()), PageRequest.of(page, size));
    }

    @PermitAll
    @GET
    @Path("{id}")
    public UnitView get(@PathParam("id") long id) {
        return readable(id);
    }

    @POST
    public Response create(@NotNull @Valid UnitRequest request, @Context UriInfo uri) {
        memories.requireWritable("memoryId", request.memoryId());
        UnitView created = tm.createUnit(request.toDraft(caller.name()));
        audit.changed(created.memoryId(), "unit " + created.id(), null, created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public UnitView update(@PathParam("id") long id, @NotNull @Valid UnitRequest request) {
        UnitView before = writable(id);
        memories.requireWritable("memoryId", request.memoryId());
        UnitView after = tm.updateUnit(id, request.toDraft(caller.name()), request.version());
        audit.changed(after.memoryId(), "unit " + id, before, after);
        return after;
    }

    @RolesAllowed(Role.REVIEWER_NAME)
    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        UnitView before = writable(id);
        tm.deleteUnit(id);
        audit.changed(before.memoryId(), "unit " + id, before, null);
    }

    /** A translator accepted this unit's target: counts towards usage, not done on lookups. */
    @POST
    @Path("{id}/used")
    public UnitView used(@PathParam("id") long id) {
        readable(id);
        return tm.markUsed(id);
    }

    /** The unit, when the caller may read its memory; a unit of a memory hidden from it answers 404. */
    private UnitView readable(long id) {
        UnitView unit = tm.getUnit(id);
        memories.requireReadable(unit.memoryId(), "unit", id);
        return unit;
    }

    private UnitView writable(long id) {
        UnitView unit = readable(id);
        memories.requireWritable("memoryId", unit.memoryId());
        return unit;
    }
}
