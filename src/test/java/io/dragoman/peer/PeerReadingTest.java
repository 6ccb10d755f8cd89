package io.dragoman.peer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.ConceptService;
import io.dragoman.glossary.ConceptView;
import io.dragoman.glossary.TermDraft;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file Dragoman writes for other tools, read by those tools' own readers and compared with
 * what Dragoman holds: Translate Toolkit's {@code tmxfile} and {@code tbxfile} (Debian's
 * translate-toolkit, run as a process), Okapi's TMX filter, and OmegaT run headless on a project
 * whose {@code tm/auto/} holds Dragoman's TMX export.
 */
@QuarkusTest
class PeerReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEMORY = "peer-news";
    private static final String CODES = "peer-codes";

    @Inject
    ConceptService glossary;

    @TempDir
    Path work;

    /**
     * Imports the fixture memory (a second import skips identical units) and returns its units:
     * {@value #MEMORY} holds plain news sentences, {@value #CODES} units with inline markup.
     */
    static List<Map<String, Object>> storedUnits(String memory) throws IOException {
        String fixture = memory.equals(MEMORY) ? "peers/news.tmx" : "tmx/full-features.tmx";
        given().contentType("application/octet-stream").body(bytes(fixture)).queryParam("memory", memory)
                .queryParam("sync", true).when().post("/api/imports").then().statusCode(200);
        List<Map<String, Object>> memories = given().get("/api/memories").then().statusCode(200).extract().jsonPath().getList("$");
        Object id = memories.stream().filter(m -> memory.equals(m.get("name"))).findFirst().orElseThrow().get("id");
        return given().queryParam("memory", id).queryParam("size", 500).get("/api/units").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = PeerReadingTest.class.getResourceAsStream("/" + resource)) {
            return in.readAllBytes();
        }
    }

    Path exportTmx(String memory, String query) throws IOException {
        byte[] tmx = given().get("/api/exports/tmx?memory=" + memory + query).then().statusCode(200).extract().asByteArray();
        Path file = work.resolve("dragoman.tmx");
        Files.write(file, tmx);
        return file;
    }

    /** A unit as "lang: text" lines, the form both sides are compared in. */
    static String unit(String sourceLang, String source, String targetLang, String target) {
        return sourceLang + ": " + source + "\n" + targetLang + ": " + target;
    }

    static List<String> dragomanUnits(List<Map<String, Object>> units) {
        return units.stream().map(u -> unit((String) u.get("sourceLang"), nativeText((String) u.get("sourceText")),
                (String) u.get("targetLang"), nativeText((String) u.get("targetText")))).sorted().toList();
    }

    /**
     * Dragoman keeps a segment's TMX inline elements as markup; Translate Toolkit and Okapi give
     * the text with the native codes those elements hold ({@code <bpt>&lt;b&gt;</bpt>} → {@code <b>}).
     */
    static String nativeText(String markup) {
        return markup.replaceAll("</?(?:bpt|ept|it|ph|hi|ut|sub)\\b[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    @Test
    void translateToolkitReadsEveryTmxUnitBackArabicByteForByte() throws Exception {
        Peers.requireTranslateToolkit();
        for (String memory : List.of(MEMORY, CODES)) {
            translateToolkitReadsBack(memory);
        }
    }

    void translateToolkitReadsBack(String memory) throws Exception {
        List<Map<String, Object>> stored = storedUnits(memory);
        Path tmx = exportTmx(memory, "");
        Path script = Peers.resource("peers/translate_toolkit_read.py", work);
        String out = Peers.output(work, 120, Peers.PYTHON.toString(), script.toString(), "tmx", tmx.toString());
        List<Map<String, Object>> read = JSON.readValue(out, new TypeReference<>() { });
        List<String> peer = new ArrayList<>();
        for (Map<String, Object> u : read) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> tuvs = (List<Map<String, String>>) u.get("tuvs");
            assertEquals(2, tuvs.size(), u.toString());
            peer.add(unit(tuvs.get(0).get("lang"), tuvs.get(0).get("text"), tuvs.get(1).get("lang"), tuvs.get(1).get("text")));
        }
        List<String> ours = dragomanUnits(stored);
        assertEquals(ours, peer.stream().sorted().toList());
        assertArrayEquals(String.join("\n", ours).getBytes(StandardCharsets.UTF_8),
                String.join("\n", peer.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
        assertTrue(ours.stream().anyMatch(u -> u.contains(memory.equals(MEMORY) ? "دفاعاتٍ جويةً" : "انقر <b>هنا</b>")), memory);
    }

    @Test
    void translateToolkitReadsEveryTbxV2ConceptAndTermBack() throws Exception {
        Peers.requireTranslateToolkit();
        given().contentType("application/json").body("""
                {"externalId": "peer-zionist-entity", "terms": [
                  {"lang": "ar", "text": "إسرائيل", "status": "preferred"},
                  {"lang": "ar", "text": "الكيان الصهيوني", "status": "forbidden"},
                  {"lang": "en", "text": "Israel", "status": "preferred", "variants": ["the State of Israel"]}]}""")
                .when().post("/api/glossary/concepts").then().statusCode(201);
        byte[] tbx = given().queryParam("format", "tbx2").get("/api/glossary/exports").then().statusCode(200)
                .extract().asByteArray();
        Path file = work.resolve("dragoman-v2.tbx");
        Files.write(file, tbx);
        Path script = Peers.resource("peers/translate_toolkit_read.py", work);
        String out = Peers.output(work, 120, Peers.PYTHON.toString(), script.toString(), "tbx", file.toString());
        List<Map<String, Object>> read = JSON.readValue(out, new TypeReference<>() { });

        List<ConceptDraft> stored = glossary.all().stream().map(ConceptView::toDraft).toList();
        assertEquals(stored.size(), read.size(), "every concept is a termEntry");
        Map<String, Map<String, Object>> byId = read.stream()
                .collect(Collectors.toMap(e -> (String) e.get("id"), e -> e, (a, b) -> a, LinkedHashMap::new));
        // Concepts made without an external id (other tests create some) are written without one,
        // so only the count covers them.
        for (ConceptDraft concept : stored.stream().filter(c -> c.externalId() != null).toList()) {
            Map<String, Object> entry = byId.get(concept.externalId());
            assertTrue(entry != null, "no termEntry " + concept.externalId());
            assertEquals(termsByLanguage(concept), peerTerms(entry), concept.externalId());
        }
        Map<String, Object> zionist = byId.get("peer-zionist-entity");
        assertTrue(((String) zionist.get("notes")).contains("Forbidden term: never use it."));
        assertEquals("إسرائيل", zionist.get("source"));
    }

    static Map<String, List<String>> termsByLanguage(ConceptDraft concept) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (TermDraft term : concept.terms()) {
            List<String> texts = terms.computeIfAbsent(term.lang(), k -> new ArrayList<>());
            texts.add(term.text());
            texts.addAll(term.variants());
        }
        return terms;
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> peerTerms(Map<String, Object> entry) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (Map<String, Object> langSet : (List<Map<String, Object>>) entry.get("langSets")) {
            List<String> texts = (List<String>) langSet.get("terms");
            if (!texts.isEmpty()) {
                terms.put((String) langSet.get("lang"), texts);
            }
        }
        return terms;
    }

    @Test
    void okapisTmxFilterReadsEveryUnitBack() throws Exception {
        List<Map<String, Object>> stored = storedUnits(MEMORY);
        Path tmx = exportTmx(MEMORY, "&sourceLang=en&targetLang=ar");
        List<String> ours = dragomanUnits(stored.stream()
                .filter(u -> ((String) u.get("sourceLang")).startsWith("en") && ((String) u.get("targetLang")).startsWith("ar"))
                .toList());
        List<String> peer = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter()) {
            filter.open(new RawDocument(tmx.toUri(), "UTF-8", LocaleId.fromString("en"), LocaleId.fromString("ar")));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    LocaleId target = tu.getTargetLocales().iterator().next();
                    peer.add(unit("en", tu.getSource().getFirstContent().toText(), "ar",
                            tu.getTarget(target).getFirstContent().toText()));
                }
            }
        }
        assertFalse(ours.isEmpty());
        assertEquals(ours.stream().map(PeerReadingTest::bareLanguages).sorted().toList(), peer.stream().sorted().toList());
    }

    /** Okapi names the languages it was asked for; Dragoman keeps regions (en-US). */
    static String bareLanguages(String unit) {
        return unit.replaceAll("(?m)^(en|ar)(-[A-Za-z0-9]+)*: ", "$1: ");
    }

    @Test
    void omegatTranslatesAProjectFromTheTmxExportInItsTmAutoFolder() throws Exception {
        Peers.requireOmegat();
        List<Map<String, Object>> stored = storedUnits(MEMORY);
        Path project = work.resolve("omegat-project");
        for (String dir : List.of("source", "target", "tm/auto", "glossary", "omegat", "dictionary")) {
            Files.createDirectories(project.resolve(dir));
        }
        Peers.resource("peers/omegat.project", project);
        Files.copy(Peers.resource("peers/brief.txt", work), project.resolve("source/brief.txt"));
        Files.copy(exportTmx(MEMORY, "&sourceLang=en&targetLang=ar"), project.resolve("tm/auto/dragoman.tmx"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Peers.output(project, 300, java, "-Djava.awt.headless=true", "-jar", Peers.OMEGAT_JAR.toString(),
                project.toString(), "--mode=console-translate");

        List<String> translated = Files.readAllLines(project.resolve("target/brief.txt"), StandardCharsets.UTF_8);
        List<String> source = Files.readAllLines(project.resolve("source/brief.txt"), StandardCharsets.UTF_8);
        Map<String, String> memory = stored.stream().filter(u -> "en".equals(u.get("sourceLang")))
                .collect(Collectors.toMap(u -> (String) u.get("sourceText"), u -> (String) u.get("targetText")));
        assertEquals(source.size(), translated.size());
        int fromMemory = 0;
        for (int i = 0; i < source.size(); i++) {
            String expected = memory.getOrDefault(source.get(i), source.get(i));
            assertEquals(expected, translated.get(i), "line " + (i + 1));
            fromMemory += memory.containsKey(source.get(i)) ? 1 : 0;
        }
        assertEquals(3, fromMemory, "three lines of the brief are in the memory");
        assertEquals("وصل الوفد إلى واشنطن يوم الاثنين.", translated.get(0));
    }

}
