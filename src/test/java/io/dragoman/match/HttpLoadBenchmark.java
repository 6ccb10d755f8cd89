package io.dragoman.match;

import io.dragoman.tm.TextHash;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
 */
public final class HttpLoadBenchmark {
    private HttpLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(args[1], Path.of(args[2]));
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
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
