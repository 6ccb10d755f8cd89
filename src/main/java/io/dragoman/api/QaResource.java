package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.job.JobStatus;
import io.dragoman.qa.CheckView;
import io.dragoman.qa.FindingView;
import io.dragoman.qa.IgnoredFindings;
import io.dragoman.qa.IgnoredView;
import io.dragoman.qa.QaCatalog;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaReports;
import io.dragoman.qa.QaService;
import io.dragoman.qa.ReportFormat;
import io.dragoman.qa.RunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/qa")
@RolesAllowed(Role.REVIEWER_NAME)
@Tag(name = "QA", description = "Quality checks over translation memories: runs, findings, reports")
public class QaResource {
    @jakarta.inject.Inject
    Caller caller;

    @jakarta.inject.Inject
    io.dragoman.tm.MemoryResolver memories;

    @jakarta.inject.Inject
    io.dragoman.audit.AuditNote audit;

    private final QaService qa;
    private final QaReports reports;
    private final IgnoredFindings ignored;

    QaResource(QaService qa, QaReports reports, IgnoredFindings ignored) {
        this.qa = qa;
        this.reports = reports;
        this.ignored = ignored;
    }

    @RolesAllowed(Role.TRANSLATOR_NAME)
    @GET
    @Path("checks")
    public List<CheckView> checks() {
        return qa.checks();
    }

    /** Starts a run as a job: 202 with the run (status queued) and its Location at once. */
    @POST
    @Path("runs")
    public Response start(@NotNull @Valid QaRunRequest request, @Context UriInfo uri) {
        if (request.memoryId() != null) {
            memories.requireReadable(request.memoryId(), "memory", request.memoryId());
        } else if (!memories.hidden().isEmpty()) {
            // A run over every memory would show the units of memories the caller may not read.
            throw io.dragoman.core.InvalidInputException.of("memoryId", "name the memory to check: some memories are"
                    + " restricted to their members");
        }
        RunView run = qa.start(request.toSpec());
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()).build();
    }

    /**
     * The runs the caller may read, newest first; {@code status} keeps those of one status (the
     * words of {@link JobStatus}, and for a release {@code done} for {@code succeeded}).
     */
    @GET
    @Path("runs")
    public Page<RunView> runs(@QueryParam("status") String status, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size) {
        return qa.runs(memories.hidden(), status == null ? null : JobStatus.parse("status", status),
                PageRequest.of(page, size));
    }

    @GET
    @Path("runs/{id}")
    public RunView run(@PathParam("id") long id) {
        return readable(id, "QA run", id);
    }

    @GET
    @Path("runs/{id}/findings")
    public Page<FindingView> findings(@PathParam("id") long id, @QueryParam("check") String check,
                                      @QueryParam("severity") String severity,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        readable(id, "QA run", id);
        return qa.findings(id, check, severity, PageRequest.of(page, size));
    }

    /** The run's report: {@code format=json} (default), {@code csv} or {@code html}. */
    @GET
    @Path("runs/{id}/report")
    public Response report(@PathParam("id") long id, @QueryParam("format") String format) {
        ReportFormat parsed = ReportFormat.parse("format", format);
        RunView run = readable(id, "QA run", id);
        StreamingOutput body = out -> reports.write(run, parsed, out);
        return Response.ok(body, parsed.mediaType())
                .header("Content-Disposition", "inline; filename=\"qa-run-" + id + "." + parsed.extension() + "\"")
                .build();
    }

    /**
     * Checks one pair now (live checking while translating); answers the findings. The pair
     * defaults apply ({@code enabledForPairsByDefault} in {@code GET /api/qa/checks}): term-missing is on.
     */
    @RolesAllowed(Role.TRANSLATOR_NAME)
    @POST
    @Path("check")
    @io.dragoman.audit.Reads
    public List<QaIssue> check(@NotNull @Valid QaCheckRequest request) {
        if (request.memoryId() != null) {
            memories.requireReadable(request.memoryId(), "memory", request.memoryId());
        }
        return qa.checkPair(request.sourceLang(), request.targetLang(), request.sourceText(), request.targetText(),
                request.memoryId(), QaCatalog.pairSettings(request.only(), request.enable(), request.disable(), request.thresholds()));
    }

    @POST
    @Path("findings/{id}/ignore")
    public IgnoredView ignore(@PathParam("id") long id, @Valid IgnoreRequest request) {
        readable(ignored.runOf(id), "finding", id);
        IgnoredView mark = ignored.ignore(id, request == null ? null : request.reason(), caller.name());
        audit.changed(mark.memoryId(), "finding " + id, null, mark);
        return mark;
    }

    @DELETE
    @Path("findings/{id}/ignore")
    public void unignore(@PathParam("id") long id) {
        readable(ignored.runOf(id), "finding", id);
        IgnoredView mark = ignored.unignore(id);
        audit.changed(mark.memoryId(), "finding " + id, mark, null);
    }

    /**
     * The run, when the caller may read what it checked: its memory, or, for a run over every
     * memory, all of them. Otherwise the run, or the finding {@code id} of it, answers as missing,
     * as a unit of a hidden memory does.
     */
    private RunView readable(long runId, String resource, Object id) {
        RunView run = qa.run(runId);
        if (run.memoryId() != null) {
            memories.requireReadable(run.memoryId(), resource, id);
        } else if (!memories.hidden().isEmpty()) {
            throw new io.dragoman.core.NotFoundException(resource, id);
        }
        return run;
    }
}
