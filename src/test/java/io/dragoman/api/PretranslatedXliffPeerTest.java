package io.dragoman.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.XliffViews.Candidate;
import io.dragoman.api.XliffViews.Segment20;
import io.dragoman.api.XliffViews.Unit12;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pre-translated XLIFF as the standard and the peers see it: the output of {@code POST
 * /api/pretranslate} validates against the official schemas (XLIFF 1.2 strict; XLIFF 2.0 core with
 * the matches module), and Okapi's readers find in it exactly the targets, states and alternatives
 * Dragoman wrote.
 */
@QuarkusTest
class PretranslatedXliffPeerTest {
    static final String THREE_DAYS = "وقال المتحدث إن المحادثات ستستمر 3 أيام.";

    @TempDir
    Path work;

    byte[] pretranslated(String fixture) throws Exception {
        long memory = PretranslateResourceTest.newsMemory();
        ExtractableResponse<Response> response = PretranslateResourceTest.pretranslate(fixture, Map.of("memory", memory, "threshold", 50));
        assertEquals(200, response.statusCode(), response.asString());
        return response.asByteArray();
    }

    /** The origins of a unit's matches, in the one matches element a unit may hold. */
    static List<String> origins(byte[] xliff, String unit) {
        String text = new String(xliff, StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("<unit id=\"" + unit + "\">"));
        body = body.substring(0, body.indexOf("</unit>"));
        assertEquals(1, body.split("<mtc:matches", -1).length - 1, body);
        return Pattern.compile("origin=\"([^\"]+)\"").matcher(body).results().map(r -> r.group(1)).toList();
    }

    @Test
    void xliff12OutputIsValidStrictXliffAndOkapiReadsWhatDragomanWrote() throws Exception {
        byte[] out = pretranslated("project-1.2.xlf");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(List.of(), XliffSchemas.errors(XliffSchemas.STRICT_1_2, out), text);

        Map<String, Unit12> written = XliffViews.written12(out);
        Path file = work.resolve("project-ar.xlf");
        Files.write(file, out);
        assertEquals(written, XliffViews.okapi12(file, "en", "ar"), text);

        assertEquals(new Unit12(PretranslateResourceTest.DELEGATION, "final", "exact-match", List.of()), written.get("1"));
        assertEquals(new Unit12(THREE_DAYS, "final", "exact-match", List.of()), written.get("2"), "an empty target is filled");
        assertEquals(new Unit12(PretranslateResourceTest.FIVE_DAYS, "needs-review-translation", "fuzzy-match", List.of()),
                written.get("3"), "numbers repaired");
        assertEquals("", written.get("4").target(), "a source with codes gets alternatives, not a target");
        assertEquals(List.of(100.0), written.get("4").alternatives().stream().map(Candidate::quality).toList());
        assertEquals(1, written.get("5").alternatives().size(), text);
        Unit12 peacekeeping = written.get("6");
        assertEquals("needs-review-translation", peacekeeping.state());
        assertEquals("دخلت قوات حفظ السلام المنطقة العازلة في الساعة ٠٦:٣٠.", peacekeeping.target());
        assertEquals(70.0, peacekeeping.alternatives().get(0).quality(), "the file's own alt-trans is kept first");
        assertEquals(new Unit12("أرسل البنتاغون دفاعات جوية إلى إسرائيل.", "translated", null, List.of()), written.get("7"));
        assertEquals(new Unit12("", null, null, List.of()), written.get("9"));
    }

    @Test
    void withAPrefixedXliffNamespaceDragomansElementsAreInItToo() throws Exception {
        byte[] plain = pretranslated("project-1.2.xlf");
        byte[] prefixed = pretranslated("project-prefixed-1.2.xlf");
        String text = new String(prefixed, StandardCharsets.UTF_8);
        assertEquals(List.of(), XliffSchemas.errors(XliffSchemas.STRICT_1_2, prefixed), text);
        assertTrue(text.contains("<xlf:target xml:lang=\"ar\" state=\"final\" state-qualifier=\"exact-match\">"), text);
        Map<String, Unit12> written = XliffViews.written12(prefixed);
        assertEquals(XliffViews.written12(plain), written, "the same targets, states and alternatives as without a prefix");
        Path file = work.resolve("prefixed-ar.xlf");
        Files.write(file, prefixed);
        assertEquals(written, XliffViews.okapi12(file, "en", "ar"), text);
    }

    @Test
    void xliff20OutputIsValidAgainstCoreAndMatchesModuleAndOkapiReadsWhatDragomanWrote() throws Exception {
        byte[] out = pretranslated("brief-2.0.xlf");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(List.of(), XliffSchemas.errors(XliffSchemas.CORE_2_0_WITH_MATCHES, out), text);

        Map<String, List<Candidate>> writtenMatches = new LinkedHashMap<>();
        Map<String, Segment20> written = XliffViews.written20(out, writtenMatches);
        Path file = work.resolve("brief-ar.xlf");
        Files.write(file, out);
        Map<String, List<Candidate>> okapiMatches = new LinkedHashMap<>();
        assertEquals(written, XliffViews.okapi20(file, okapiMatches), text);
        assertEquals(writtenMatches, okapiMatches, text);

        assertEquals(new Segment20(PretranslateResourceTest.DELEGATION, "final", "dragoman:exact-match"), written.get("s1"));
        assertEquals(PretranslateResourceTest.FIVE_DAYS, written.get("s2").target());
        assertEquals("initial", written.get("s2").state());
        assertTrue(written.get("s2").subState().startsWith("dragoman:fuzzy-match-"), written.get("s2").toString());
        assertEquals(new Segment20("", "initial", null), written.get("s3"), "a source with codes gets matches, not a target");
        assertEquals(List.of("s3"), writtenMatches.get("u2").stream().map(Candidate::ref).toList());
        assertEquals(new Segment20("", "initial", null), written.get("s4"));
        List<Candidate> u4 = writtenMatches.get("u4");
        assertEquals(List.of("MT", "Dragoman"), origins(out, "u4"), "one matches element: the file's match, then Dragoman's");
        assertEquals(70.0, u4.get(0).quality());
        assertEquals("دخلت قوات حفظ السلام المنطقة العازلة في الساعة ٠٦:٣٠.", u4.get(1).target());
    }
}
