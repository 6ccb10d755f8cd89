package io.dragoman.match;

import io.dragoman.tm.TextHash;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP lookup throughput (not part of {@code mvn verify}). Two steps, see docs/benchmarks.md:
 * {@code load <h2 file> <data dir>} writes the Debian TMX into a Dragoman H2 database that a
 * server has created (and then stopped), so the server builds its index from the database at its
 * next start; {@code drive <base url> <data dir> <threads> <seconds>} sends perturbed lookups from
 * several threads and reports lookups per second and latency.
 *
 * <p>{@code sequential <base url> <data dir> <token> <rounds>} is the latency a single client sees:
 * one thread sends the 300 Debian strings of {@link #queries} in both directions (minScore 50,
 * authenticated with the API token), each lookup followed by a {@code /q/health/live} round trip
 * on the same connection, so the lookup's own cost is the difference. {@code queries <data dir>
 * <out file> <pairs>} writes the same request paths, one a line, for {@code bench/wrk-lookup.lua};
 * {@code answers <base url> <data dir> <token> <out file>} writes the answers to them, one a line,
 * to compare two builds' answers with {@code cmp}.
 */
public final class HttpLoadBenchmark {
    private HttpLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(args[1], Path.of(args[2]));
        } else if (args[0].equals("queries")) {
            Files.write(Path.of(args[2]), queries(Path.of(args[1]), Integer.parseInt(args[3])).stream()
                    .map(Query::path).toList());
        } else if (args[0].equals("answers")) {
            answers(args[1], Path.of(args[2]), args[3], Path.of(args[4]));
        } else if (args[0].equals("sequential")) {
            sequential(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]));
        } else if (args[0].equals("floor")) {
            floor(args[1], args[2], args[3], Integer.parseInt(args[4]));
        } else {
            drive(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
    }

    private static void load(String h2File, Path data) throws Exception {
        List<BenchTmx.Pair> pairs = BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"));
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + h2File, "dragoman", "")) {
            db.setAutoCommit(false);
            db.createStatement().executeUpdate("insert into memory (name, created_at) values ('debian-bookworm', current_timestamp)");
            long memory;
            try (var rs = db.createStatement().executeQuery("select id from memory where name = 'debian-bookworm'")) {
                rs.next();
                memory = rs.getLong(1);
            }
            long firstId = 10_000_000L;
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement insert = db.prepareStatement("insert into translation_unit (id, memory_id,"
                    + " source_lang, target_lang, source_text, target_text, source_hash, origin_file, created_at,"
                    + " changed_at, usage_count, version) values (?, ?, 'en', 'ar', ?, ?, ?, 'debian-bookworm-ar-en.tmx', ?, ?, 0, 0)")) {
                for (int i = 0; i < pairs.size(); i++) {
                    insert.setLong(1, firstId + i);
                    insert.setLong(2, memory);
                    insert.setString(3, pairs.get(i).en());
                    insert.setString(4, pairs.get(i).ar());
                    insert.setString(5, TextHash.of(pairs.get(i).en()));
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.createStatement().executeUpdate("alter sequence translation_unit_seq restart with " + (firstId + pairs.size() + 100));
            db.commit();
        }
        System.out.printf("loaded %,d units in %,d ms%n", pairs.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** A lookup request: its path and query string, and its direction. */
    record Query(String path, String direction) {
    }

    /** {@code pairs} Debian pairs (shuffled with a fixed seed), each looked up from English and from Arabic. */
    static List<Query> queries(Path data, int pairs) throws Exception {
        List<BenchTmx.Pair> all = BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"));
        Collections.shuffle(all, new Random(14));
        List<Query> queries = new ArrayList<>();
        for (BenchTmx.Pair p : all) {
            if (queries.size() == 2 * pairs) {
                break;
            }
            if (p.en().isBlank() || p.ar().isBlank() || p.en().length() > 1900 || p.ar().length() > 1900) {
                continue;
            }
            queries.add(new Query(lookupPath(p.en(), "en", "ar"), "en→ar"));
            queries.add(new Query(lookupPath(p.ar(), "ar", "en"), "ar→en"));
        }
        return queries;
    }

    private static String lookupPath(String text, String source, String target) {
        return "/api/lookup?minScore=50&sourceLang=" + source + "&targetLang=" + target + "&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void answers(String base, Path data, String token, Path out) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> bodies = new ArrayList<>();
        for (Query q : queries(data, 300)) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + q.path()))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            bodies.add(response.statusCode() + " " + response.body().replace('\n', ' '));
        }
        Files.write(out, bodies);
    }

    private static void sequential(String base, Path data, String token, int rounds) throws Exception {
        List<Query> queries = queries(data, 300);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> lookups = new TreeMap<>();
        Map<String, List<Long>> perQuery = new java.util.HashMap<>();
        List<Long> health = new ArrayList<>();
        int failed = 0;
        // The first round warms the server's and the client's code paths and is not counted.
        for (int round = 0; round <= rounds; round++) {
            for (Query q : queries) {
                long t0 = System.nanoTime();
                int status = send(client, base + q.path(), token);
                long t1 = System.nanoTime();
                int live = send(client, base + "/q/health/live", null);
                long t2 = System.nanoTime();
                if (status != 200 || live != 200) {
                    failed++;
                } else if (round > 0) {
                    lookups.computeIfAbsent(q.direction(), d -> new ArrayList<>()).add(t1 - t0);
                    lookups.computeIfAbsent("both", d -> new ArrayList<>()).add(t1 - t0);
                    health.add(t2 - t1);
                    perQuery.computeIfAbsent(q.path(), p -> new ArrayList<>()).add(t1 - t0);
                }
            }
        }
        lookups.forEach((direction, times) -> System.out.println("lookup " + direction + ": " + percentiles(times)));
        System.out.println("/q/health/live: " + percentiles(health));
        System.out.printf("%d queries x %d rounds, %d failed%n", queries.size(), rounds, failed);
        // Whether the tail is a few costly queries every round or any query now and then.
        System.out.println("slowest queries by their median over the rounds:");
        perQuery.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), median(e.getValue())))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("  %.2f ms %s%n", e.getValue(),
                        java.net.URLDecoder.decode(e.getKey(), StandardCharsets.UTF_8)));
    }

    /**
     * The floor under a lookup: {@code floor <base url> <token> <path> <requests>} sends one
     * authenticated GET of {@code path} (e.g. /api/units/1) and a /q/health/live round trip in
     * turn, as {@code sequential} does, so an endpoint that does almost nothing on a worker thread
     * can be set beside the lookups.
     */
    private static void floor(String base, String token, String path, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> times = new ArrayList<>();
        List<Long> health = new ArrayList<>();
        for (int i = 0; i < requests + 200; i++) {
            long t0 = System.nanoTime();
            int status = send(client, base + path, token);
            long t1 = System.nanoTime();
            send(client, base + "/q/health/live", null);
            long t2 = System.nanoTime();
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
            if (i >= 200) {
                times.add(t1 - t0);
                health.add(t2 - t1);
            }
        }
        System.out.println(path + ": " + percentiles(times));
        System.out.println("/q/health/live: " + percentiles(health));
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("n %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return at(sorted, 0.5);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1e6;
    }

    private static void drive(String base, Path data, int threads, int seconds) throws Exception {
        List<BenchTmx.Pair> pairs = BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"));
        Random random = new Random(3);
        Collections.shuffle(pairs, random);
        List<String> urls = new ArrayList<>();
        for (BenchTmx.Pair p : pairs.subList(0, 2000)) {
            boolean arabic = random.nextBoolean();
            String text = arabic ? p.ar() : p.en();
            if (text.length() > 1900) {
                continue;
            }
            urls.add(base + "/api/lookup?minScore=70&sourceLang=" + (arabic ? "ar" : "en")
                    + "&q=" + URLEncoder.encode(text.strip().isEmpty() ? "x" : text, StandardCharsets.UTF_8));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 300; i++) {
            send(client, urls.get(i % urls.size()));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * 97;
            pool.execute(() -> {
                int i = offset;
                while (running.get()) {
                    long t0 = System.nanoTime();
                    int status = send(client, urls.get(i++ % urls.size()));
                    latencies.add(System.nanoTime() - t0);
                    (status == 200 ? done : failed).incrementAndGet();
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d threads, %.0f s: %,d lookups (%d failed), %.0f lookups/s, p50 %.1f ms, p99 %.1f ms%n",
                threads, elapsed, done.get(), failed.get(), done.get() / elapsed,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    private static int send(HttpClient client, String url) {
        return send(client, url, null);
    }

    private static int send(HttpClient client, String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return client.send(request.build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            if (System.getenv("BENCH_DEBUG") != null) {
                e.printStackTrace();
            }
            return -1;
        }
    }
}
