package io.dragoman.cli;

import io.dragoman.core.DragomanException;
import io.dragoman.core.FormatException;
import io.dragoman.glossary.GlossaryExchange;
import io.dragoman.glossary.GlossaryFormat;
import io.dragoman.glossary.ImportMode;
import io.dragoman.glossary.ImportReport;
import io.dragoman.glossary.ImportWarning;
import io.dragoman.text.LanguageTag;
import io.dragoman.audit.AuditLog;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dragoman glossary import|export}: termbase exchange from the command line. */
@Command(name = "glossary", description = "Import or export the termbase (TBX, CSV, TSV; OmegaT glossary export).",
        mixinStandardHelpOptions = true,
        subcommands = {GlossaryCommand.Import.class, GlossaryCommand.Export.class})
public class GlossaryCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a TBX, CSV or TSV file, all or nothing; prints the report.")
    static class Import implements Callable<Integer> {
        @Inject
        GlossaryExchange exchange;

        @Inject
        AuditLog audit;

        @Parameters(index = "0", description = "the file (.tbx, .xml, .csv, .tsv)")
        Path file;

        @Option(names = "--format", description = "tbx, csv or tsv (default: from the file name)")
        String format;

        @Option(names = "--mode", defaultValue = "upsert", description = "upsert (replace concepts with a known id) or create")
        String mode;

        @Option(names = "--dry-run", description = "check the file and report, store nothing")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            GlossaryFormat parsed = format != null ? GlossaryFormat.parse(format)
                    : GlossaryFormat.ofFileName(file.toString()).orElseThrow(() ->
                            new IllegalArgumentException("cannot tell the format of " + file + "; pass --format"));
            try (InputStream in = Files.newInputStream(file)) {
                ImportReport report = exchange.importFile(in, parsed, file.toString(), ImportMode.parse(mode), dryRun);
                if (!dryRun) {
                    audit.command("glossary import " + file, "glossary",
                            java.util.Map.of("created", report.created(), "replaced", report.updated()));
                }
                System.out.printf("%s%s: %d concepts, %d terms read; %d created, %d replaced%n",
                        report.file(), dryRun ? " (dry run, nothing stored)" : "", report.concepts(), report.terms(),
                        report.created(), report.updated());
                for (ImportWarning w : report.warnings()) {
                    System.out.printf("  warning at line %d: %s%n", w.line(), w.message());
                }
                return 0;
            } catch (FormatException e) {
                System.err.printf("%s:%d:%d: %s%n", e.file(), e.line(), e.column(), e.getMessage());
                return 2;
            } catch (DragomanException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the whole termbase.")
    static class Export implements Callable<Integer> {
        @Inject
        GlossaryExchange exchange;

        @Option(names = {"-o", "--output"}, required = true, description = "the file to write")
        Path output;

        @Option(names = "--format", description = "tbx (= tbx3), tbx2, tbx3, csv, tsv or omegat"
                + " (default: from the file name, else tbx)")
        String format;

        @Option(names = "--source-lang", defaultValue = "en", description = "omegat only: the source language, ar or en")
        String sourceLang;

        @Override
        public Integer call() throws IOException {
            GlossaryFormat parsed = format != null ? GlossaryFormat.parse(format)
                    : GlossaryFormat.ofFileName(output.toString()).orElse(GlossaryFormat.TBX);
            LanguageTag source = LanguageTag.parse("--source-lang", sourceLang);
            GlossaryExchange.otherLanguage(source);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                exchange.export(parsed, source, out);
            }
            System.out.println("wrote " + output);
            return 0;
        }
    }
}
