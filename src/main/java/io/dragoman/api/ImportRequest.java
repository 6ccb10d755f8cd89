package io.dragoman.api;

import io.dragoman.tm.tmx.DuplicatePolicy;
import io.dragoman.tm.tmx.ImportOptions;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of {@code POST /api/imports}: the target memory (by name, created when
 * absent), the duplicate policy ({@code skip-identical}, {@code overwrite-newer},
 * {@code keep-all}), {@code lenient} (skip invalid units instead of failing), {@code dryRun}
 * (report only), {@code sync} (answer the report instead of a job) and, for a raw body, the
 * file's {@code filename} for reports.
 */
public class ImportRequest {
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

    ImportOptions options(String user) {
        return new ImportOptions(memory, DuplicatePolicy.of(policy), lenient, dryRun, user);
    }
}
