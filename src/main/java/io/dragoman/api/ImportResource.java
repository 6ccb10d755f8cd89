package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.LimitExceededException;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.tmx.ImportFile;
import io.dragoman.tm.tmx.ImportJobView;
import io.dragoman.tm.tmx.ImportJobs;
import io.dragoman.tm.tmx.ImportOptions;
import io.dragoman.tm.tmx.ImportReport;
import io.dragoman.tm.tmx.TmxConfig;
import io.dragoman.tm.tmx.TmxImporter;
import io.dragoman.tm.tmx.ImportProgress;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

import java.nio.file.StandardCopyOption;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * TMX imports. The upload is saved to a temporary file first (its size checked against
 * {@code dragoman.tmx.max-upload-size} while it arrives), then imported as a job
 * ({@code 202 Accepted} with the job's location) or, with {@code sync=true}, within the request.
 */
@Path("/api/imports")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "TMX import", description = "Import TMX files (plain, .tmx.gz, .zip) into a memory")
public class ImportResource {
    @jakarta.inject.Inject
    Caller caller;

    @jakarta.inject.Inject
    io.dragoman.audit.AuditNote audit;

    private final TmxImporter importer;
    private final ImportJobs jobs;
    private final TmxConfig config;
    private final MemoryResolver memories;

    ImportResource(TmxImporter importer, ImportJobs jobs, TmxConfig config, MemoryResolver memories) {
        this.importer = importer;
        this.jobs = jobs;
        this.config = config;
        this.memories = memories;
    }

    /** A multipart form with the file in the field {@code file}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @BeanParam ImportRequest request, @Context UriInfo uri) throws IOException {
        ImportOptions options = request.options(caller.name(), memories);
        if (file == null) {
            throw InvalidInputException.of("file", "the form must carry the TMX file in a field named 'file'");
        }
        checkSize(file.size());
        java.nio.file.Path spooled = Files.createTempFile("dragoman-import-", ".upload");
        Files.copy(file.uploadedFile(), spooled, StandardCopyOption.REPLACE_EXISTING);
        return start(new ImportFile(file.fileName(), spooled), options, request.sync(), uri);
    }

    /** The file as the request body ({@code application/xml}, {@code application/gzip}, {@code application/zip}…). */
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM,
        "application/x-tmx+xml", "application/gzip", "application/x-gzip", "application/zip"})
    public Response raw(InputStream body, @BeanParam ImportRequest request, @Context UriInfo uri) throws IOException {
        ImportOptions options = request.options(caller.name(), memories);
        java.nio.file.Path spooled = Files.createTempFile("dragoman-import-", ".upload");
        try (InputStream in = body; OutputStream out = Files.newOutputStream(spooled)) {
            copyCapped(in, out);
        } catch (LimitExceededException | IOException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
        String name = request.filename == null || request.filename.isBlank() ? "upload.tmx" : request.filename;
        return start(new ImportFile(name, spooled), options, request.sync(), uri);
    }

    @GET
    @Path("{id}")
    public ImportJobView get(@PathParam("id") String id) {
        return jobs.get(id);
    }

    private Response start(ImportFile file, ImportOptions options, boolean sync, UriInfo uri) throws IOException {
        if (!sync) {
            ImportJobView job = jobs.submit(file, options);
            audit.changed(memoryId(options), "import " + job.id(), null, job);
            return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/imports").path(job.id()).build())
                    .build();
        }
        try {
            long size = Files.size(file.path());
            if (size > config.syncMaxSize()) {
                throw InvalidInputException.of("sync", "the file is " + size + " bytes; files over "
                        + config.syncMaxSize() + " bytes are imported as jobs: leave sync out");
            }
            ImportReport report = importer.importFiles(List.of(file), options, ImportProgress.NONE);
            audit.changed(memoryId(options), "import " + file.name() + " (sync)", null, report);
            return Response.ok(report).build();
        } finally {
            Files.deleteIfExists(file.path());
        }
    }

    /** The memory imported into; none yet while a job has still to create it. */
    private Long memoryId(ImportOptions options) {
        return memories.find(options.memory()).map(MemoryResolver.Resolved::id).orElse(null);
    }

    private void checkSize(long size) {
        if (size > config.maxUploadSize()) {
            throw new LimitExceededException("upload", "dragoman.tmx.max-upload-size", config.maxUploadSize(), size, "bytes");
        }
    }

    private void copyCapped(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            checkSize(total);
            out.write(buffer, 0, n);
        }
    }
}
