package io.dragoman.cli;

import io.dragoman.tm.MemoryService;
import io.dragoman.tm.MemoryView;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dragoman memories}: the memories and how many units each holds, one per line. */
@Command(name = "memories", mixinStandardHelpOptions = true,
        description = "List the memories: name, then the number of units, tab-separated.")
public class MemoriesCommand implements Callable<Integer> {
    @Inject
    MemoryService tm;

    @Override
    public Integer call() {
        for (MemoryView memory : tm.listMemories()) {
            System.out.println(memory.name() + "\t" + memory.units());
        }
        return ExitCode.OK;
    }
}
