package io.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real Dragoman processes for the tests: the packaged jar and {@code bin/dragoman}. */
public final class Processes {
    public static final Path SCRIPT = Path.of("bin/dragoman").toAbsolutePath();
    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();

    public record Run(int exit, String out, String err) {
    }

    private Processes() {
    }

    /** Runs {@code bin/dragoman ARGS} in {@code dir} to its end. */
    public static Run dragoman(Path dir, String... args) throws IOException, InterruptedException {
        return dragoman(dir, Map.of(), args);
    }

    /** Runs {@code bin/dragoman ARGS} in {@code dir} to its end, with {@code env} added to its environment. */
    public static Run dragoman(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("dragoman " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /**
     * Starts {@code command} in {@code dir}, stderr to {@code err}; {@code javaOpts} go to the JVM
     * (after {@code java}, or as {@code JAVA_OPTS} for {@code bin/dragoman}).
     */
    public static Process start(Path dir, List<String> command, String javaOpts, Path err) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        if (command.get(0).equals("java")) {
            List<String> withOpts = new ArrayList<>(List.of("java"));
            if (!javaOpts.isBlank()) {
                withOpts.addAll(List.of(javaOpts.split(" ")));
            }
            withOpts.addAll(command.subList(1, command.size()));
            builder.command(withOpts);
        } else {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        return builder.start();
    }

    public static void awaitReady(HttpClient http, String base, Process server) throws Exception {
        // Generous: on a build machine shared by many jobs a start has taken minutes.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server exited at start");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server was not ready within 8 minutes");
    }

    /**
     * The {@code Authorization} header of the first admin of a node whose data directory this is:
     * the password its first start wrote there, as a user reads it.
     */
    public static String admin(Path dataDir) throws IOException {
        return io.dragoman.api.AdminCredentials.basic("admin", Files.readString(dataDir.resolve("admin-password")).strip());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
