package io.dragoman.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code bin/dragoman} as a user runs it, on the database of a {@link PackagedApp}. */
final class Cli {
    private static final Path SCRIPT = Path.of("bin/dragoman").toAbsolutePath();

    record Run(int exit, String out, String err) {
    }

    private final Path dir;
    private final String javaOptions;

    Cli(Path dir, String javaOptions) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.javaOptions = javaOptions;
    }

    Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_OPTS", javaOptions);
        builder.environment().put("DRAGOMAN_JAR", PackagedApp.jar().toString());
        if (PackagedApp.onPostgres()) {
            builder.environment().put("DRAGOMAN_DB_URL", System.getenv("DRAGOMAN_TEST_PG_URL"));
            builder.environment().put("DRAGOMAN_DB_USER", "dragoman");
            builder.environment().put("DRAGOMAN_DB_PASSWORD", "dragoman");
        }
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("dragoman " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
