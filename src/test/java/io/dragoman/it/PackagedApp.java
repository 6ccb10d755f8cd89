package io.dragoman.it;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a user runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}
 * with the shipped {@code application.properties}, on an H2 file in a fresh data directory (or, with
 * {@code -Ddragoman.it.db=pg}, on the PostgreSQL of {@code DRAGOMAN_TEST_PG_URL} with the jar built for
 * it). Only the port, the data directory and the pool's idle-removal interval are set from outside:
 * the last so that a journey runs past the moment idle connections are dropped, which is when a fresh
 * H2 install used to break.
 */
public final class PackagedApp implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final Process process;

    private PackagedApp(Path dataDir, Path log, int port, Process process) {
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** True when this run targets PostgreSQL (the CI's second pass over the journeys). */
    public static boolean onPostgres() {
        return "pg".equals(System.getProperty("dragoman.it.db"));
    }

    /** The jar under test: {@code target/quarkus-app}, or the PostgreSQL build under {@code target/pg}. */
    public static Path jar() {
        Path jar = Path.of(onPostgres() ? "target/pg/quarkus-run.jar" : "target/quarkus-app/quarkus-run.jar")
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after `mvn package`");
        }
        return jar;
    }

    /** Starts the jar with its data under {@code work/data} and waits until it is ready. */
    public static PackagedApp start(Path work) throws IOException, InterruptedException {
        return start(work, onPostgres() ? postgresUrl() : null);
    }

    /**
     * As {@link #start(Path)}, on PostgreSQL through {@code databaseUrl} (the test database reached
     * another way, e.g. through a relay that a test can cut).
     */
    static PackagedApp start(Path work, String databaseUrl) throws IOException, InterruptedException {
        return start(work, databaseUrl, true, List.of());
    }

    /** As {@link #start(Path)}, with {@code options} added to the JVM's command line. */
    public static PackagedApp startWith(Path work, String... options) throws IOException, InterruptedException {
        return start(work, onPostgres() ? postgresUrl() : null, true, List.of(options));
    }

    /** Starts the jar again on the data (and, on PostgreSQL, the database) a stopped node left. */
    public static PackagedApp restart(Path work, String... options) throws IOException, InterruptedException {
        return start(work, onPostgres() ? postgresUrl() : null, false, List.of(options));
    }

    /**
     * One more node on the test PostgreSQL as it is (another node's database: nothing is reset),
     * with {@code options} added to its JVM's command line.
     */
    static PackagedApp join(Path work, String... options) throws IOException, InterruptedException {
        return start(work, postgresUrl(), false, List.of(options));
    }

    private static PackagedApp start(Path work, String databaseUrl, boolean fresh, List<String> options)
            throws IOException, InterruptedException {
        Path dataDir = work.resolve("data");
        int port = Processes.freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g",
                "-Dquarkus.http.port=" + port,
                "-Ddragoman.data-dir=" + dataDir,
                "-Dquarkus.datasource.jdbc.idle-removal-interval=1S",
                "-Dquarkus.datasource.jdbc.max-lifetime=5S"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder();
        if (onPostgres()) {
            command.add("-Dquarkus.profile=pg");
            if (fresh) {
                resetPostgres();
            }
            builder.environment().putAll(postgresEnvironment(databaseUrl));
        }
        command.addAll(List.of("-jar", jar().toString()));
        Path log = work.resolve("server.log");
        Process process = builder.command(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedApp app = new PackagedApp(dataDir, log, port, process);
        app.awaitReady();
        return app;
    }

    /** The test PostgreSQL of {@code .ci/run}. */
    static String postgresUrl() {
        String url = System.getenv("DRAGOMAN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("DRAGOMAN_TEST_PG_URL is not set: run the suite with bash .ci/run");
        }
        return url;
    }

    /** Environment for a Dragoman process on the test PostgreSQL. */
    private static Map<String, String> postgresEnvironment(String url) {
        return Map.of("DRAGOMAN_DB_URL", url, "DRAGOMAN_DB_USER", "dragoman", "DRAGOMAN_DB_PASSWORD", "dragoman");
    }

    /** Empties the test database, so that every node starts on a fresh one. */
    private static void resetPostgres() {
        String url = postgresUrl();
        try (Connection connection = DriverManager.getConnection(url, "dragoman", "dragoman");
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset " + url + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Dragoman exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpURLConnection ready = (HttpURLConnection) URI.create(baseUri() + "/q/health/ready").toURL()
                        .openConnection();
                ready.setConnectTimeout(1000);
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Dragoman was not ready within " + READY_WITHIN + ":\n" + log());
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** The first admin's password, as the first start wrote it beside the database. */
    public String adminPassword() throws IOException {
        return Files.readString(adminPasswordFile()).strip();
    }

    public Path adminPasswordFile() {
        return dataDir.resolve("admin-password");
    }

    /** REST Assured aimed at this node, signed in as its first admin. */
    public RequestSpecification spec() {
        try {
            return spec(adminPassword());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** REST Assured aimed at this node, signed in as the admin with this password (another node's first start wrote it). */
    public RequestSpecification spec(String adminPassword) {
        return new RequestSpecBuilder().setBaseUri(baseUri()).setAuth(io.restassured.RestAssured.preemptive()
                .basic("admin", adminPassword)).build();
    }

    /** JVM options that make {@code bin/dragoman} work on this node's database. */
    public String cliJavaOptions() {
        return "-Ddragoman.data-dir=" + dataDir + (onPostgres() ? " -Dquarkus.profile=pg" : "");
    }

    /** The environment in which {@code bin/dragoman} runs this node's jar on this node's database. */
    public Map<String, String> cliEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of("JAVA_OPTS", cliJavaOptions(), "DRAGOMAN_JAR", jar().toString()));
        if (onPostgres()) {
            env.putAll(postgresEnvironment(postgresUrl()));
        }
        return env;
    }

    /**
     * The environment in which {@code bin/dragoman} runs, with no server, on a fresh database of this
     * run's kind: nothing added on H2 (each command-line test has its own file under its directory),
     * the PostgreSQL jar and an emptied test database on PostgreSQL.
     */
    public static Map<String, String> freshCliEnvironment() {
        if (!onPostgres()) {
            return Map.of();
        }
        resetPostgres();
        Map<String, String> env = new HashMap<>(postgresEnvironment(postgresUrl()));
        env.put("JAVA_OPTS", "-Dquarkus.profile=pg");
        env.put("DRAGOMAN_JAR", jar().toString());
        return env;
    }

    /** {@code kill -9}: the node stops between two instructions, as in a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
