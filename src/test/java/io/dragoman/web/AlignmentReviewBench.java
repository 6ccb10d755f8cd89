package io.dragoman.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * How the alignment review answers at 300 and at 3,000 pairs (bench/align-review.sh; not a test).
 * For each size it creates an alignment through the API from FLORES sentences (every 40th
 * English sentence dropped, so omitted segments are shown too), opens {@code #alignment/ID} in
 * headless Chromium and measures, inside the page: the first render (navigation start to the
 * review drawn, User Timing mark {@code align-review-shown}), a keyboard step to the next pair
 * ({@code j}), an accept ({@code a}, a server round trip and the redraw) and a page change
 * ({@code j} on a page's last row). A step is timed from the key event to the frame after the
 * page changed (requestAnimationFrame, then a task), which is when the reviewer can see it.
 *
 * <p>Arguments: BASE_URL FLORES_DIR ADMIN_PASSWORD [SIZES, default 300,3000].
 */
public final class AlignmentReviewBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Dispatches a key on the focused row and reports the milliseconds until the frame after the
     * page answered: the focus moved (move), the row's pair left "proposed" (accept), or the
     * pager shows another page with a row focused (page); for an accept, also until the server's
     * answer to it arrived (resource timing).
     */
    private static final String STEP = """
            const [key, mode, done] = arguments;
            const row = document.activeElement;
            const id = row.dataset.pairId;
            const pager = document.getElementById('align-pager').textContent;
            const finished = () => {
              if (mode === 'accept') {
                const now = document.querySelector(`#align-rows li[data-pair-id="${id}"]`);
                return now !== null && now.dataset.status !== 'proposed';
              }
              const moved = document.activeElement !== row && document.activeElement.matches('li.align-row');
              return mode === 'page' ? moved && document.getElementById('align-pager').textContent !== pager : moved;
            };
            performance.clearResourceTimings();
            const t0 = performance.now();
            const stored = () => performance.getEntriesByType('resource')
              .find((e) => e.name.endsWith(`/pairs/${id}/accept`) && e.responseEnd > 0);
            const answered = (shown) => {
              const request = stored();
              if (request) done([shown, request.responseEnd - t0]); else setTimeout(() => answered(shown), 2);
            };
            const end = () => requestAnimationFrame(() => setTimeout(() => {
              const shown = performance.now() - t0;
              if (mode === 'accept') answered(shown); else done([shown, shown]);
            }, 0));
            row.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            if (finished()) {
              end();
            } else {
              const watch = new MutationObserver(() => { if (finished()) { watch.disconnect(); end(); } });
              watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            }
            """;

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    private AlignmentReviewBench(String base, String password) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        AlignmentReviewBench bench = new AlignmentReviewBench(args[0], args[2]);
        List<String> arabic = Files.readAllLines(Path.of(args[1], "arb_Arab.devtest"));
        List<String> english = Files.readAllLines(Path.of(args[1], "eng_Latn.devtest"));
        String sizes = args.length > 3 ? args[3] : "300,3000";
        System.out.println("| sentences (ar/en) | pairs | API create | first render | next pair (j) | accept (a) shown"
                + " | accept stored | page change |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        try (Browser browser = Browser.start()) {
            browser.signIn(new URL(bench.base), "admin", args[2]);
            for (String size : sizes.split(",")) {
                System.out.println(bench.measure(browser, Integer.parseInt(size.trim()), arabic, english));
            }
        }
    }

    private String measure(Browser browser, int size, List<String> arabic, List<String> english) throws Exception {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            source.add(arabic.get(i % arabic.size()));
            if (i % 40 != 39) {
                target.add(english.get(i % english.size()));
            }
        }
        long t0 = System.nanoTime();
        Map<?, ?> job = create("review-bench-" + size, source, target);
        long created = (System.nanoTime() - t0) / 1_000_000;
        long id = ((Number) job.get("id")).longValue();
        int pairs = ((Number) ((Map<?, ?>) job.get("counts")).get("pairs")).intValue();

        List<Double> renders = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            browser.driver.get(base + "?visit=" + System.nanoTime() + "#alignment/" + id);
            renders.add(browser.waitFor(d -> (Number) browser.js(
                    "const m = performance.getEntriesByName('align-review-shown')[0];"
                            + " return m && document.activeElement.matches('li.align-row') ? m.startTime : null;"))
                    .doubleValue());
        }
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Double> moves = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            moves.add(step(browser, "j", "move").get(0));
        }
        List<Double> accepts = new ArrayList<>();
        List<Double> stored = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            List<Double> took = step(browser, "a", "accept");
            accepts.add(took.get(0));
            stored.add(took.get(1));
            step(browser, "j", "move");
        }
        List<Double> pages = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            browser.js("[...document.querySelectorAll('#align-rows li[data-pair-id]')].pop().focus()");
            pages.add(step(browser, "j", "page").get(0));
        }
        return "| %d/%d | %d | %d ms | %s | %s | %s | %s | %s |".formatted(source.size(), target.size(), pairs, created,
                median(renders), summary(moves), summary(accepts), summary(stored), summary(pages));
    }

    /** Milliseconds until the page showed the step, and until the server answered it (accept). */
    @SuppressWarnings("unchecked")
    private static List<Double> step(Browser browser, String key, String mode) {
        List<Number> took = (List<Number>) browser.driver.executeAsyncScript(STEP, key, mode);
        return took.stream().map(Number::doubleValue).toList();
    }

    private Map<?, ?> create(String document, List<String> source, List<String> target) throws Exception {
        String body = JSON.writeValueAsString(Map.of("document", document, "sourceLang", "ar", "targetLang", "en",
                "sourceSegments", source, "targetSegments", target));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/alignments"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/alignments answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readValue(response.body(), Map.class);
    }

    private static String median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return "%.0f ms".formatted(sorted.get(sorted.size() / 2));
    }

    /** Median and slowest. */
    private static String summary(List<Double> values) {
        return "%s (max %.0f ms)".formatted(median(values), values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
}
