package io.dragoman.cli;

import io.dragoman.core.DragomanException;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.tmx.TmxExporter;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dragoman export --memory M -o out.tmx}: writes TMX 1.4b. The file appears complete or not
 * at all: it is written beside the target and moved into place at the end.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export units as TMX 1.4b.",
        footer = "Exit codes: 0 exported, 2 bad input (unknown memory, bad filter), 3 database or disk failure.")
public class ExportCommand implements Callable<Integer> {
    @Option(names = "--memory", description = "memory to export (default: all)")
    String memory;

    @Option(names = {"-o", "--output"}, required = true, description = "the TMX file to write")
    Path output;

    @Option(names = "--source-lang", description = "only units stored with this source language (ar matches ar-SA)")
    String sourceLang;

    @Option(names = "--target-lang", description = "only units stored with this target language")
    String targetLang;

    @Option(names = "--both-directions", description = "also units stored the other way round")
    boolean bothDirections;

    @Option(names = "--changed-since", description = "only units changed at or after this ISO date or date-time")
    String changedSince;

    @Inject
    TmxExporter exporter;

    @Inject
    MemoryResolver memories;

    @Override
    public Integer call() {
        try {
            UnitSelection selection = UnitSelection.forExport(memories.idOrNull("memory", memory), sourceLang,
                    targetLang, bothDirections, changedSince);
            long start = System.nanoTime();
            long count = CompleteFile.write(output, out -> exporter.export(selection, out));
            System.err.printf("Exported %,d units to %s in %.1f s%n", count, output, (System.nanoTime() - start) / 1e9);
            return ExitCode.OK;
        } catch (DragomanException e) {
            System.err.println("dragoman export: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            System.err.println("dragoman export: failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
