package io.dragoman.api;

import io.dragoman.account.Role;
import io.dragoman.audit.AuditNote;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.glossary.ConceptService;
import io.dragoman.glossary.ConceptView;
import io.dragoman.glossary.GlossarySearch;
import io.dragoman.glossary.TermStatus;
import io.dragoman.glossary.TermView;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary/concepts")
@RolesAllowed(Role.REVIEWER_NAME)
@Tag(name = "Glossary", description = "Termbase concepts and their terms")
public class GlossaryResource {
    private final ConceptService glossary;
    private final GlossarySearch search;
    private final AuditNote audit;

    GlossaryResource(ConceptService glossary, GlossarySearch search, AuditNote audit) {
        this.glossary = glossary;
        this.search = search;
        this.audit = audit;
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    public Page<ConceptView> search(@QueryParam("lang") String lang, @QueryParam("q") String query,
                                    @QueryParam("status") String status, @QueryParam("subject") String subject,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TermStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = TermStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw io.dragoman.core.InvalidInputException.of("status", e.getMessage());
            }
        }
        return search.search(lang, query, parsed, subject, PageRequest.of(page, size));
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    @Path("{id}")
    public ConceptView get(@PathParam("id") long id) {
        return glossary.getConcept(id);
    }

    @POST
    public Response create(@NotNull @Valid ConceptRequest request, @Context UriInfo uri) {
        ConceptView created = glossary.createConcept(request.toDraft());
        audit.changed(null, "concept " + created.id(), null, created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ConceptView update(@PathParam("id") long id, @NotNull @Valid ConceptRequest request) {
        return audit.change(null, "concept " + id, glossary.getConcept(id),
                () -> glossary.updateConcept(id, request.toDraft(), request.version()));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        audit.removal(null, "concept " + id, glossary.getConcept(id), () -> glossary.deleteConcept(id));
    }

    @POST
    @Path("{id}/terms")
    public Response addTerm(@PathParam("id") long id, @NotNull @Valid TermRequest request, @Context UriInfo uri) {
        TermView term = glossary.addTerm(id, request.toDraft());
        audit.changed(null, termTarget(id, term.id()), null, term);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(term.id())).build())
                .entity(term).build();
    }

    @PUT
    @Path("{id}/terms/{termId}")
    public TermView updateTerm(@PathParam("id") long id, @PathParam("termId") long termId,
                               @NotNull @Valid TermRequest request) {
        return audit.change(null, termTarget(id, termId), term(id, termId),
                () -> glossary.updateTerm(id, termId, request.toDraft()));
    }

    @DELETE
    @Path("{id}/terms/{termId}")
    public void deleteTerm(@PathParam("id") long id, @PathParam("termId") long termId) {
        audit.removal(null, termTarget(id, termId), term(id, termId), () -> glossary.deleteTerm(id, termId));
    }

    /** The term as stored before a write; null when the concept has no such term (the write then answers 404). */
    private TermView term(long conceptId, long termId) {
        return glossary.getConcept(conceptId).terms().stream().filter(t -> t.id() == termId).findFirst().orElse(null);
    }

    private static String termTarget(long conceptId, long termId) {
        return "concept " + conceptId + " term " + termId;
    }
}
