package io.dragoman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.xliff.BandCount;
import io.dragoman.xliff.FileReport;
import io.dragoman.xliff.PretranslateOptions;
import io.dragoman.xliff.Pretranslator;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dragoman pretranslate FILE -o OUT}: fills an XLIFF file's empty targets from the
 * memory and prints the analysis. The output appears complete or not at all.
 */
@Command(name = "pretranslate", mixinStandardHelpOptions = true,
        description = "Pre-translate an XLIFF 1.2 or 2.0 file from the memory, or only analyse it.",
        footer = "Exit codes: 0 done, 2 bad input (not XLIFF, broken codes, unknown memory), 3 database or disk failure.")
public class PretranslateCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the XLIFF file")
    Path file;

    @Option(names = {"-o", "--output"}, description = "the file to write (required unless --analyse-only)")
    Path output;

    @Option(names = "--threshold", description = "lowest score that fills a target, 50 to 101 (default 75)")
    Integer threshold;

    @Option(names = "--memory", description = "memory to match against, repeatable (default: all)")
    List<String> memories = new ArrayList<>();

    @Option(names = "--alternatives", description = "other matches added per segment, 0 to 4 (default 3)")
    Integer alternatives;

    @Option(names = "--analyse-only", description = "print the analysis, write nothing")
    boolean analyseOnly;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Inject
    Pretranslator pretranslator;

    @Inject
    MemoryResolver resolver;

    @Inject
    ObjectMapper mapper;

    @Override
    public Integer call() {
        try {
            if (output == null && !analyseOnly) {
                System.err.println("dragoman pretranslate: give -o OUT, or --analyse-only");
                return ExitCode.BAD_INPUT;
            }
            List<Long> ids = resolver.requireAll("--memory", memories);
            PretranslateOptions options = PretranslateOptions.of(threshold, ids, alternatives, analyseOnly);
            Pretranslator.Outcome outcome = pretranslator.run(Files.readAllBytes(file), file.toString(), options);
            if (!analyseOnly) {
                CompleteFile.write(output, out -> {
                    out.write(outcome.xliff());
                    return null;
                });
            }
            print(outcome);
            return ExitCode.OK;
        } catch (FormatException e) {
            System.err.printf("%s:%d:%d: %s%n", e.file(), e.line(), e.column(), e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (DragomanException e) {
            System.err.println("dragoman pretranslate: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            System.err.println("dragoman pretranslate: failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private void print(Pretranslator.Outcome outcome) throws IOException {
        if (json) {
            System.out.println(mapper.writeValueAsString(outcome.report()));
            return;
        }
        for (FileReport f : outcome.report().files()) {
            System.out.printf("%s (%s -> %s): %d segments, %d words; %d filled (%d final), %d already translated,"
                    + " %d with inline codes%n", f.file(), f.sourceLang(), f.targetLang(), f.segments(), f.words(),
                    f.filled(), f.finals(), f.alreadyTranslated(), f.withCodes());
            System.out.printf("  %-12s %8s %8s%n", "band", "segments", "words");
            for (BandCount b : f.bands()) {
                System.out.printf("  %-12s %8d %8d%n", b.band(), b.segments(), b.words());
            }
            System.out.printf("  %-12s %8d %8d%n", "repetitions", f.repetitions().segments(), f.repetitions().words());
        }
        if (output != null && !analyseOnly) {
            System.out.println("wrote " + output);
        }
    }
}
