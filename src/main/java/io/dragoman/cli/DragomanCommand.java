package io.dragoman.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/**
 * {@code dragoman} with no sub-command serves the REST API and the web page until stopped;
 * sub-commands do batch work and exit.
 */
@TopCommand
@Command(name = "dragoman", mixinStandardHelpOptions = true,
        description = "Arabic-English translation memory and glossary server.",
        subcommands = {ImportCommand.class, ExportCommand.class, GlossaryCommand.class, QaCommand.class,
            PretranslateCommand.class, MemoriesCommand.class, BackupCommand.class, ExportAllCommand.class})
public class DragomanCommand implements Runnable {
    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
