package io.dragoman.peer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peers (other tools' own readers) as real processes. A missing peer fails the test
 * with the Debian package to install, never skips it: {@code .ci/packages.d/exchange.txt} lists
 * them and CI installs them.
 */
final class Peers {
    /** Debian's interpreter: its translate-toolkit lives in /usr/lib/python3/dist-packages. */
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");

    private Peers() {
    }

    static void requireTranslateToolkit() throws Exception {
        String missing = "Translate Toolkit is missing: apt-get install -y translate-toolkit"
                + " (listed in .ci/packages.d/exchange.txt)";
        if (!Files.isExecutable(PYTHON)) {
            fail(missing + "; there is no " + PYTHON);
        }
        Result probe = run(Path.of("."), 60, PYTHON.toString(), "-c", "import translate.storage.tmx, translate.storage.tbx");
        if (probe.exit() != 0) {
            fail(missing + ": " + probe.err());
        }
    }

    static void requireOmegat() {
        if (!Files.isRegularFile(OMEGAT_JAR)) {
            fail("OmegaT is missing: apt-get install -y omegat (listed in .ci/packages.d/exchange.txt); no " + OMEGAT_JAR);
        }
    }

    /** Copies a test resource to a file in {@code dir}. */
    static Path resource(String name, Path dir) throws IOException {
        Path file = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = Peers.class.getResourceAsStream("/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("peer", ".out");
        Path err = Files.createTempFile("peer", ".err");
        try {
            Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs the command and returns its standard output; a non-zero exit fails with its error output. */
    static String output(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Result result = run(dir, timeoutSeconds, command);
        if (result.exit() != 0) {
            fail(String.join(" ", command) + " exited with " + result.exit() + ":\n" + result.err());
        }
        return result.out();
    }
}
