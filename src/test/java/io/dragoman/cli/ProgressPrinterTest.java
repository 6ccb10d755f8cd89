package io.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    static String run(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressPrinter progress = new ProgressPrinter(out, terminal);
        progress.update(50, 1000, 10);
        progress.update(120, 1000, 25);
        progress.update(150, 1000, 30);
        progress.update(1000, 1000, 200);
        progress.done();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void redrawsOneBarOnATerminal() {
        String bar = "[" + "#".repeat(30) + "] 100%  200 units";
        assertEquals("\r[#" + " ".repeat(29) + "]   5%  10 units"
                + "\r[###" + " ".repeat(27) + "]  12%  25 units"
                + "\r[####" + " ".repeat(26) + "]  15%  30 units"
                + "\r" + bar + System.lineSeparator(), run(true));
    }

    @Test
    void printsAPlainLinePerTenthInALog() {
        String n = System.lineSeparator();
        assertEquals("import: 5% of 1,000 bytes read, 10 units" + n
                + "import: 12% of 1,000 bytes read, 25 units" + n
                + "import: 100% of 1,000 bytes read, 200 units" + n, run(false));
    }
}
