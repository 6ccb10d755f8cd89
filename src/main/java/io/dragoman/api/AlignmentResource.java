package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.align.AlignmentReview;
import io.dragoman.align.AlignmentService;
import io.dragoman.align.AlignmentView;
import io.dragoman.align.MemoryLexicon;
import io.dragoman.align.PairQuery;
import io.dragoman.align.PairStatus;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alignments")
@RolesAllowed(Role.REVIEWER_NAME)
@Tag(name = "Alignments", description = "Align a document with its translation, review the pairs, commit them to a memory")
public class AlignmentResource {
    @jakarta.inject.Inject
    Caller caller;

    @jakarta.inject.Inject
    io.dragoman.tm.MemoryResolver memories;

    @jakarta.inject.Inject
    io.dragoman.audit.AuditNote audit;

    private final AlignmentService alignments;
    private final AlignmentReview review;
    private final MemoryLexicon lexicon;

    AlignmentResource(AlignmentService alignments, AlignmentReview review, MemoryLexicon lexicon) {
        this.alignments = alignments;
        this.review = review;
        this.lexicon = lexicon;
    }

    @POST
    @Operation(summary = "Segment and align two documents; the job keeps the proposed pairs for review")
    public Response create(@NotNull AlignmentRequest request,
                           @Context UriInfo uri) {
        AlignmentView created = alignments.create(request.toDraft(caller.name()));
        audit.changed(null, job(created.id()), null, AlignmentAudit.state(created, null));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public Page<AlignmentView.Summary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return alignments.list(PageRequest.of(page, size));
    }

    @GET
    @Path("lexicon")
    @Operation(summary = "The word lexicon learned from the stored units: state (off, building, ready), units read, word pairs, "
            + "when its reading began")
    public MemoryLexicon.Status lexicon() {
        return lexicon.status();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The job with one page of its pairs: order=position (default) or confidence (lowest first)")
    public AlignmentView get(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                             @QueryParam("order") String order) {
        return alignments.get(id, PairQuery.of(page, size, order));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        alignments.delete(id);
        audit.changed(null, job(id), null, null);
    }

    @POST
    @Path("{id}/pairs/{pairId}/accept")
    public AlignmentView accept(@PathParam("id") long id, @PathParam("pairId") long pairId,
                                @QueryParam("version") Long version) {
        return reviewed(id, pairId, review.setStatus(id, pairId, PairStatus.ACCEPTED, version));
    }

    @POST
    @Path("{id}/pairs/{pairId}/reject")
    public AlignmentView reject(@PathParam("id") long id, @PathParam("pairId") long pairId,
                                @QueryParam("version") Long version) {
        return reviewed(id, pairId, review.setStatus(id, pairId, PairStatus.REJECTED, version));
    }

    @POST
    @Path("{id}/pairs/{pairId}/merge")
    public AlignmentView merge(@PathParam("id") long id, @PathParam("pairId") long pairId,
                               @QueryParam("version") Long version, @NotNull @Valid AlignmentReviewRequests.Merge request) {
        return reviewed(id, pairId, review.merge(id, pairId, request.with(), version));
    }

    @POST
    @Path("{id}/pairs/{pairId}/split")
    public AlignmentView split(@PathParam("id") long id, @PathParam("pairId") long pairId,
                               @QueryParam("version") Long version, @NotNull @Valid AlignmentReviewRequests.Split request) {
        return reviewed(id, pairId, review.split(id, pairId, request.sourceCount(), request.targetCount(), version));
    }

    @POST
    @Path("{id}/pairs")
    @Operation(summary = "Pair segments anew (e.g. omitted ones); other pairs give these segments up")
    public AlignmentView pair(@PathParam("id") long id, @NotNull @Valid AlignmentReviewRequests.Pair request) {
        return reviewed(id, null, review.pair(id, null, request.sourceStart(), request.sourceCount(),
                request.targetStart(), request.targetCount(), null));
    }

    @PUT
    @Path("{id}/pairs/{pairId}")
    @Operation(summary = "Re-pair: give this pair other segments; other pairs give these segments up")
    public AlignmentView repair(@PathParam("id") long id, @PathParam("pairId") long pairId,
                                @QueryParam("version") Long version, @NotNull @Valid AlignmentReviewRequests.Pair request) {
        return reviewed(id, pairId, review.pair(id, pairId, request.sourceStart(), request.sourceCount(),
                request.targetStart(), request.targetCount(), version));
    }

    @POST
    @Path("{id}/commit")
    @Operation(summary = "Store the accepted pairs as units with origin and previous-segment context")
    public AlignmentView.CommitResult commit(@PathParam("id") long id, @NotNull @Valid AlignmentReviewRequests.Commit request) {
        memories.requireWritable("memoryId", request.memoryId());
        AlignmentView.CommitResult committed = alignments.commit(id, request.memoryId(), request.minConfidence(),
                caller.name());
        audit.changed(committed.memoryId(), job(id), null, AlignmentAudit.committed(committed, request.minConfidence()));
        return committed;
    }

    /** Notes the job's state after a review step: its counts and the pair, when the answered page shows it. */
    private AlignmentView reviewed(long id, Long pairId, AlignmentView after) {
        audit.changed(null, job(id) + (pairId == null ? "" : " pair " + pairId), null, AlignmentAudit.state(after, pairId));
        return after;
    }

    private static String job(long id) {
        return "alignment job " + id;
    }
}
