package io.dragoman.api;

import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.tmx.DuplicatePolicy;
import io.dragoman.tm.tmx.ImportOptions;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code POST /api/imports}: the target memory (by id or name; a name no
 * memory has is created), the duplicate policy ({@code skip-identical}, {@code overwrite-newer},
 * {@code keep-all}), {@code lenient} (skip invalid units instead of failing), {@code dryRun}
 * (report only), {@code sync} (answer the report instead of a job) and, for a raw body, the
 * file's {@code filename} for reports.
 */
public class ImportRequest {
    @Parameter(description = MemoryParameter.IMPORT)
    @QueryParam("memory")
    public String memory;

    @QueryParam("policy")
    public String policy;

    @QueryParam("lenient")
    @DefaultValue("false")
    public boolean lenient;

    @QueryParam("dryRun")
    @DefaultValue("false")
    public boolean dryRun;

    @QueryParam("sync")
    @DefaultValue("false")
    public boolean sync;

    @QueryParam("filename")
    public String filename;

    boolean sync() {
        return sync;
    }

    /** The options, with the memory named as it is stored when the parameter gives an existing one's id or name. */
    ImportOptions options(String user, MemoryResolver memories) {
        return new ImportOptions(memories.importTarget(memory), DuplicatePolicy.of(policy), lenient, dryRun, user);
    }
}
