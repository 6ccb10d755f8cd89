package io.dragoman.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The load a team puts on one node (not part of {@code mvn verify}; {@code bench/load.sh} runs it):
 * CLIENTS clients for SECONDS seconds, each sending lookups (80 %), unit creations and edits (15 %)
 * and glossary reads and edits (5 %), while one TMX import job runs. Then every acknowledged write
 * is checked in the database through the API: each created unit is there exactly once with the
 * text of its last acknowledged edit, each concept carries its last acknowledged note. Prints the
 * latency per kind, the errors (any 5xx, any unexpected status, any exception) and the check.
 *
 * <p>Arguments: BASE_URL CLIENTS SECONDS IMPORT_UNITS. {@code DRAGOMAN_AUTHORIZATION}, when set, is
 * sent as the {@code Authorization} header.
 */
public final class MixedLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ARABIC = {
        "واشنطن تبدأ محادثات لتمويل قوة حفظ السلام في غزة",
        "قالت وزارة الدفاع إن الخطة تحتاج إلى موافقة الكونغرس",
        "وأضاف المسؤول أن القوة ستضم جنوداً من عدة دول",
        "الرئيس الأمريكي، جو بايدن",
        "تم تخصيص مليون دولار للمرحلة الأولى من الخطة",
    };
    private static final String[] ENGLISH = {
        "Washington begins talks on funding a peacekeeping force in Gaza",
        "The Department of Defense said the plan needs the approval of Congress",
        "Open the file in the editor",
        "The force will include soldiers from several countries",
    };

    private final String base;
    private final String authorization = System.getenv("DRAGOMAN_AUTHORIZATION");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    /** Unit id to the target text of its last acknowledged write. */
    private final Map<Long, String> units = new ConcurrentHashMap<>();
    /** Concept id to the note of its last acknowledged write. */
    private final Map<Long, String> notes = new ConcurrentHashMap<>();

    private MixedLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        MixedLoad load = new MixedLoad(args[0]);
        load.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }

    private void run(int clients, int seconds, int importUnits) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        long memory = send("setup", "POST", "/api/memories", Map.of("name", "load-" + run), 201).path("id").asLong();
        Path tmx = io.dragoman.it.GeneratedTmx.write(Files.createTempFile("load", ".tmx"), importUnits);
        HttpResponse<String> submitted = http.send(request("/api/imports?memory=load-import-" + run)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofFile(tmx)).build(),
                HttpResponse.BodyHandlers.ofString());
        String job = submitted.statusCode() == 202 ? JSON.readTree(submitted.body()).path("id").asText() : null;
        if (job == null) {
            errors.add("import: " + submitted.statusCode() + " " + submitted.body());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> client(client, memory, run, deadline));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        String jobStatus = job == null ? "not started" : awaitJob(job);
        Files.deleteIfExists(tmx);
        report(clients, seconds, memory, jobStatus, importUnits, run);
    }

    private void client(int client, long memory, String run, long deadline) {
        Random random = new Random(client);
        List<Long> own = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        long concept = -1;
        long conceptVersion = 0;
        int made = 0;
        while (System.nanoTime() < deadline) {
            int dice = random.nextInt(100);
            try {
                if (dice < 80) {
                    String text = random.nextBoolean() ? ARABIC[random.nextInt(ARABIC.length)] + " " + random.nextInt(50)
                            : ENGLISH[random.nextInt(ENGLISH.length)];
                    send("lookup", "POST", "/api/lookup", Map.of("text", text), 200);
                } else if (dice < 95) {
                    if (own.isEmpty() || random.nextInt(3) == 0) {
                        String source = "وحدة " + made++ + " للعميل " + client + " في التشغيل " + run;
                        String target = "unit " + made + " of client " + client;
                        JsonNode created = send("unit create", "POST", "/api/units", Map.of("memoryId", memory,
                                "sourceLang", "ar", "targetLang", "en", "sourceText", source, "targetText", target), 201);
                        own.add(created.path("id").asLong());
                        versions.put(created.path("id").asLong(), created.path("version").asLong());
                        units.put(created.path("id").asLong(), target);
                    } else {
                        long id = own.get(random.nextInt(own.size()));
                        JsonNode unit = send("unit edit", "GET", "/api/units/" + id, null, 200);
                        String target = "edited " + random.nextInt(1_000_000) + " by client " + client;
                        Map<String, Object> body = new HashMap<>(Map.of("memoryId", memory, "sourceLang", "ar",
                                "targetLang", "en", "sourceText", unit.path("sourceText").asText(), "targetText", target));
                        body.put("version", versions.get(id));
                        JsonNode edited = send("unit edit", "PUT", "/api/units/" + id, body, 200);
                        versions.put(id, edited.path("version").asLong());
                        units.put(id, target);
                    }
                } else if (concept < 0 || random.nextBoolean()) {
                    if (concept < 0) {
                        JsonNode created = send("glossary edit", "POST", "/api/glossary/concepts", concept(client, run, "first", null), 201);
                        concept = created.path("id").asLong();
                        conceptVersion = created.path("version").asLong();
                        notes.put(concept, "first");
                    } else {
                        send("glossary read", "GET", "/api/glossary/concepts?q=" + java.net.URLEncoder.encode("قوة حفظ السلام",
                                java.nio.charset.StandardCharsets.UTF_8), null, 200);
                    }
                } else {
                    String note = "note " + random.nextInt(1_000_000);
                    JsonNode edited = send("glossary edit", "PUT", "/api/glossary/concepts/" + concept,
                            concept(client, run, note, conceptVersion), 200);
                    conceptVersion = edited.path("version").asLong();
                    notes.put(concept, note);
                }
            } catch (Exception e) {
                errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static Map<String, Object> concept(int client, String run, String note, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("note", note, "terms", List.of(
                Map.of("lang", "ar", "text", "مصطلح العميل " + client + " " + run),
                Map.of("lang", "en", "text", "client term " + client + " " + run))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private JsonNode send(String kind, String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path);
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
        if (response.statusCode() != expected) {
            throw new IOException(kind + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private String awaitJob(String id) throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonNode job = send("setup", "GET", "/api/imports/" + id, null, 200);
            String status = job.path("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                return status + ", " + job.path("unitsRead").asLong() + " units read";
            }
            Thread.sleep(500);
        }
        return "still running after 10 minutes";
    }

    private void report(int clients, int seconds, long memory, String jobStatus, int importUnits, String run) throws Exception {
        System.out.printf("%d clients, %d s, one import job of %,d units: %s%n", clients, seconds, importUnits, jobStatus);
        System.out.println("| kind | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        for (var entry : new java.util.TreeMap<>(latencies).entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            System.out.printf("| %s | %,d | %.1f | %.1f | %.1f |%n", entry.getKey(), sorted.size(), ms(sorted, 0.50),
                    ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }
        int lost = 0;
        int wrong = 0;
        Map<Long, Integer> seen = new HashMap<>();
        int total = 0;
        for (int page = 0; ; page++) {
            JsonNode listing = send("check", "GET", "/api/units?memory=" + memory + "&size=500&page=" + page, null, 200);
            for (JsonNode unit : listing.path("items")) {
                seen.merge(unit.path("id").asLong(), 1, Integer::sum);
                total++;
                String expected = units.get(unit.path("id").asLong());
                if (expected != null && !expected.equals(unit.path("targetText").asText())) {
                    wrong++;
                }
            }
            if (listing.path("items").size() < 500) {
                break;
            }
        }
        for (Long id : units.keySet()) {
            if (!seen.containsKey(id)) {
                lost++;
            }
        }
        int wrongNotes = 0;
        for (var note : notes.entrySet()) {
            if (!note.getValue().equals(send("check", "GET", "/api/glossary/concepts/" + note.getKey(), null, 200)
                    .path("note").asText())) {
                wrongNotes++;
            }
        }
        System.out.printf("acknowledged: %,d units (%,d stored, %d missing, %d not as last written, %d unexpected),"
                        + " %,d concepts (%d not as last written)%n", units.size(), total, lost, wrong,
                total - units.size(), notes.size(), wrongNotes);
        long fivexx = errors.stream().filter(e -> e.matches(".* answered 5\\d\\d.*")).count();
        System.out.printf("errors: %d (%d 5xx)%n", errors.size(), fivexx);
        errors.stream().limit(20).forEach(e -> System.out.println("  " + e));
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1e6;
    }
}
