package io.dragoman.cli;

import io.dragoman.core.DatabaseCompaction;
import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.tmx.DuplicatePolicy;
import io.dragoman.tm.tmx.ImportFile;
import io.dragoman.tm.tmx.ImportOptions;
import io.dragoman.tm.tmx.ImportProblem;
import io.dragoman.tm.tmx.ImportReport;
import io.dragoman.tm.tmx.TmxImporter;
import io.dragoman.audit.AuditLog;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dragoman import FILE… --memory M}: imports TMX files straight into the database, all
 * files in one transaction (all or nothing), with the server's own import code.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import TMX files (.tmx, .tmx.gz, .zip of .tmx) into a memory, all or nothing.",
        footer = "Exit codes: 0 imported, 2 bad input (nothing written), 3 database or disk failure.")
public class ImportCommand implements Callable<Integer> {
    static final int PROBLEMS_SHOWN = 20;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files to import")
    List<Path> files;

    @Option(names = "--memory", required = true,
            description = "target memory, by id or name (digits are an id first); a new name creates it")
    String memory;

    @Option(names = "--policy", defaultValue = "skip-identical",
            description = "duplicates: skip-identical, overwrite-newer or keep-all (default: ${DEFAULT-VALUE})")
    String policy;

    @Option(names = "--dry-run", description = "report what would happen, write nothing")
    boolean dryRun;

    @Option(names = "--lenient", description = "skip and report invalid units instead of failing")
    boolean lenient;

    @Option(names = "--no-compact", description = "leave the embedded database's file as the import left it"
            + " (faster; it may stay several times the size of the data until a server compacts it)")
    boolean noCompact;

    @Inject
    TmxImporter importer;

    @Inject
    MemoryResolver memories;

    @Inject
    AuditLog audit;

    @Inject
    DatabaseCompaction compaction;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        ProgressPrinter progress = new ProgressPrinter(err, System.console() != null);
        try {
            List<ImportFile> inputs = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    err.println("dragoman import: " + file + ": no such file");
                    return ExitCode.BAD_INPUT;
                }
                inputs.add(new ImportFile(file.toString(), file));
            }
            ImportOptions options = new ImportOptions(memories.importTarget(memory), DuplicatePolicy.of(policy), lenient, dryRun,
                    System.getProperty("user.name"));
            long start = System.nanoTime();
            ImportReport report = importer.importFiles(inputs, options, progress);
            if (!dryRun) {
                audit.command("import " + String.join(" ", report.files()), "memory " + report.memory(),
                        java.util.Map.of("created", report.created(), "updated", report.updated(), "skipped", report.skipped()));
            }
            progress.done();
            print(report, System.out);
            System.out.printf("Committed after %.1f s%n", (System.nanoTime() - start) / 1e9);
            if (!dryRun && !noCompact && report.created() + report.updated() > 0) {
                compaction.compactAndClose().ifPresent(done -> err.println("dragoman import: " + done));
            }
            return ExitCode.OK;
        } catch (DragomanException e) {
            progress.done();
            err.println("dragoman import: " + where(e) + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (RuntimeException e) {
            progress.done();
            err.println("dragoman import: failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static String where(DragomanException e) {
        if (e instanceof FormatException f && f.file() != null) {
            return f.file() + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": ";
        }
        return "";
    }

    static void print(ImportReport r, PrintStream out) {
        out.printf("%s into memory \"%s\" (policy %s%s): %,d units read, %,d created, %,d updated, %,d skipped %s%n",
                r.dryRun() ? "Dry run, nothing written" : "Imported", r.memory(), r.policy(),
                r.lenient() ? ", lenient" : "", r.unitsRead(), r.created(), r.updated(), r.skipped(),
                r.skippedByReason());
        out.printf("Took %.1f s before commit, %.1f s of it writing to the database%n",
                r.durationMillis() / 1000.0, r.writeMillis() / 1000.0);
        if (r.problemCount() > 0) {
            out.printf("%,d problems:%n", r.problemCount());
            r.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  " + line(p)));
            if (r.problemCount() > PROBLEMS_SHOWN) {
                out.printf("  … and %,d more%n", r.problemCount() - PROBLEMS_SHOWN);
            }
        }
    }

    private static String line(ImportProblem p) {
        return p.file() + ":" + p.line() + ":" + p.column() + ": [" + p.kind() + "] "
                + (p.tuid() == null ? "" : p.tuid() + ": ") + p.message();
    }
}
