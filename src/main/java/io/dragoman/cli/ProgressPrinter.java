package io.dragoman.cli;

import io.dragoman.tm.tmx.ImportProgress;
import java.io.PrintStream;

/**
 * Shows an import's progress on stderr: a bar redrawn in place on a terminal, or one plain line
 * per tenth of the input when the output is a log (CI), where carriage returns make a mess.
 */
final class ProgressPrinter implements ImportProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void update(long bytesRead, long bytesTotal, long unitsRead) {
        int percent = bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
        if (terminal) {
            int filled = percent * WIDTH / 100;
            out.printf("\r[%s%s] %3d%%  %,d units", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, unitsRead);
            drawn = true;
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            out.printf("import: %d%% of %,d bytes read, %,d units%n", percent, bytesTotal, unitsRead);
        }
        out.flush();
    }

    /** Ends the bar's line, so that what follows starts on its own. */
    void done() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
