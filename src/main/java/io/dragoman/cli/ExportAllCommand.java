package io.dragoman.cli;

import io.dragoman.core.DragomanException;
import io.dragoman.glossary.GlossaryExchange;
import io.dragoman.glossary.GlossaryFormat;
import io.dragoman.tm.MemoryService;
import io.dragoman.tm.MemoryView;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.tmx.TmxExporter;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dragoman export-all -o DIR}: everything a team keeps in Dragoman, in open formats that
 * any CAT tool reads: one TMX 1.4b file per memory and the termbase as TBX.
 */
@Command(name = "export-all", mixinStandardHelpOptions = true,
        description = "Export every memory as TMX (one file each, named after the memory) and the glossary as glossary.tbx.",
        footer = "Exit codes: 0 exported, 3 database or disk failure.")
public class ExportAllCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, description = "the directory to write into (created)")
    Path output;

    @Inject
    MemoryService tm;

    @Inject
    TmxExporter exporter;

    @Inject
    GlossaryExchange glossary;

    @Override
    public Integer call() {
        try {
            Files.createDirectories(output);
            Set<String> names = new HashSet<>();
            for (MemoryView memory : tm.listMemories()) {
                String name = fileName(memory.name());
                if (!names.add(name)) {
                    name = name + "-" + memory.id();
                }
                Path file = output.resolve(name + ".tmx");
                // By id: a memory named with digits ("7") must not be read as memory 7.
                long count = CompleteFile.write(file, out -> exporter.export(UnitSelection.memory(memory.id()), out));
                System.out.printf("%s\t%d units%n", file, count);
            }
            Path tbx = output.resolve("glossary.tbx");
            CompleteFile.write(tbx, out -> {
                try (OutputStream buffered = new BufferedOutputStream(out)) {
                    glossary.export(GlossaryFormat.TBX, null, buffered);
                }
                return null;
            });
            System.out.println(tbx);
            return ExitCode.OK;
        } catch (IOException | DragomanException e) {
            System.err.println("dragoman export-all: failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    /** The memory's name as a portable file name: path separators and control characters replaced. */
    static String fileName(String memory) {
        String name = memory.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
        return name.startsWith(".") || name.isBlank() ? "_" + name : name;
    }
}
