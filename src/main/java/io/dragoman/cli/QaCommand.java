package io.dragoman.cli;

import io.dragoman.core.DragomanException;
import io.dragoman.qa.QaReports;
import io.dragoman.qa.QaService;
import io.dragoman.qa.ReportFormat;
import io.dragoman.qa.RunSpec;
import io.dragoman.qa.RunView;
import io.dragoman.tm.MemoryResolver;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dragoman qa MEMORY --format html > report.html}: checks a memory in this process (on
 * the configured database, like the other sub-commands) and writes the report. For CI pipelines
 * the exit code says what happened: 0 no error found, 1 errors found, 2 bad input (unknown memory,
 * check or threshold), 3 the run itself failed. The summary goes to standard error.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Check a memory and write a report (html, json or csv). Exit code 1 when errors are found.")
public class QaCommand implements Callable<Integer> {
    static final int ERRORS_FOUND = 1;
    static final int BAD_INPUT = 2;
    static final int FAILED = 3;

    @Inject
    QaService qa;

    @Inject
    QaReports reports;

    @Inject
    MemoryResolver memories;

    @Parameters(index = "0", description = "the memory, by id or name (digits are an id first)")
    String memory;

    @Option(names = "--format", defaultValue = "html", description = "html (default), json or csv")
    String format;

    @Option(names = {"-o", "--output"}, description = "write the report here instead of standard output")
    Path output;

    @Option(names = "--only", split = ",", description = "run only these checks (ids, comma-separated)")
    List<String> only;

    @Option(names = "--enable", split = ",", description = "add checks that are off by default")
    List<String> enable;

    @Option(names = "--disable", split = ",", description = "leave checks out")
    List<String> disable;

    @Option(names = "--threshold", description = "override a threshold, e.g. --threshold length-ratio.z=4")
    Map<String, Double> thresholds;

    @Override
    public Integer call() throws IOException {
        try {
            ReportFormat parsed = ReportFormat.parse("--format", format);
            Optional<MemoryResolver.Resolved> found = memories.find(memory);
            if (found.isEmpty()) {
                System.err.println("no memory named or numbered '" + memory + "'");
                return BAD_INPUT;
            }
            RunView run = qa.runNow(new RunSpec(found.get().id(), null, null, null, only, enable, disable, thresholds));
            if (run.status() == io.dragoman.job.JobStatus.FAILED) {
                System.err.println("QA run " + run.id() + " failed: " + run.failure());
                return FAILED;
            }
            try (OutputStream out = output == null ? new Unclosed(System.out) : Files.newOutputStream(output)) {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                reports.write(run, parsed, buffered);
                buffered.flush();
            }
            System.err.printf("QA run %d of %s: %d units checked, %d findings, %d errors, %d ignored%n",
                    run.id(), found.get().name(), run.unitsChecked(), run.findings(), run.errors(), run.ignored());
            return run.errors() > 0 ? ERRORS_FOUND : 0;
        } catch (DragomanException e) {
            System.err.println(e.getMessage());
            return BAD_INPUT;
        }
    }

    /** Standard output stays open after the report: picocli and Quarkus may still write to it. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
