package io.dragoman.api;

import static io.dragoman.api.TmxFixtures.importOk;
import static io.dragoman.api.TmxFixtures.importSync;
import static io.dragoman.api.TmxFixtures.units;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.Problem;
import io.dragoman.TmxDtd;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

@QuarkusTest
class ExportResourceTest {
    /** Every stored field that TMX carries, compared unit by unit after a round trip. */
    private static final List<String> FIELDS = List.of("sourceLang", "targetLang", "sourceText", "targetText",
            "tuid", "createdAt", "createdBy", "changedAt", "changedBy", "usageCount", "lastUsedAt", "annotations");

    static byte[] export(Map<String, ?> params) {
        return given().queryParams(params).get("/api/exports/tmx").then().statusCode(200)
                .contentType("application/x-tmx+xml").extract().asByteArray();
    }

    static Document validate(byte[] tmx) throws Exception {
        return TmxDtd.validate(tmx);
    }

    @Test
    void exportValidatesAgainstTheTmx14Dtd() throws Exception {
        importOk("full-features.tmx", "export-dtd");
        byte[] tmx = export(Map.of("memory", "export-dtd"));
        Document doc = validate(tmx);
        Element header = (Element) doc.getElementsByTagName("header").item(0);
        assertEquals("Dragoman", header.getAttribute("creationtool"));
        assertEquals("sentence", header.getAttribute("segtype"));
        assertEquals("Dragoman", header.getAttribute("o-tmf"));
        assertEquals("en", header.getAttribute("adminlang"));
        assertEquals("plaintext", header.getAttribute("datatype"));
        assertEquals("*all*", header.getAttribute("srclang"), "en-US and en sources");
        assertEquals(4, doc.getElementsByTagName("tu").getLength());
        assertTrue(new String(tmx, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void theValidationCanFail() {
        String invalid = "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><tmx version=\"1.4\">"
                + "<header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\""
                + " datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>";
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> validate(invalid.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("srclang"), e.getMessage());
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        importOk("full-features.tmx", "roundtrip-a");
        byte[] tmx = export(Map.of("memory", "roundtrip-a"));
        importSync(tmx, "roundtrip.tmx", "roundtrip-b", Map.of()).statusCode(200).body("created", equalTo(4));
        JsonPath a = units("roundtrip-a");
        JsonPath b = units("roundtrip-b");
        assertEquals(4, a.getInt("total"));
        assertEquals(4, b.getInt("total"));
        for (int i = 0; i < 4; i++) {
            for (String field : FIELDS) {
                Object before = a.get("items[" + i + "]." + field);
                Object after = b.get("items[" + i + "]." + field);
                assertEquals(before, after, "unit " + a.get("items[" + i + "].tuid") + " field " + field);
            }
        }
        assertEquals("Click <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept> to continue "
                + "<ph x=\"2\" type=\"image\">&lt;img src=\"a.png\"/&gt;</ph>", b.getString("items[0].sourceText"));
        assertEquals("  AT&T says <b>bold</b> & \"quoted\"  ", b.getString("items[1].sourceText"));
        assertEquals("2020-04-15T08:30:00Z", b.getString("items[0].changedAt"));
        assertEquals(7, b.getInt("items[0].usageCount"));
        assertEquals(List.of("tu", "tu", "tu", "source", "target"), b.getList("items[0].annotations.scope"));
        validate(tmx);
    }

    @Test
    void textThatLooksLikeMarkupStaysText() throws Exception {
        importOk("markup-lookalikes.tmx", "lookalike-a");
        byte[] tmx = export(Map.of("memory", "lookalike-a"));
        validate(tmx);
        importSync(tmx, "lookalike.tmx", "lookalike-b", Map.of()).statusCode(200).body("created", equalTo(2));
        JsonPath b = units("lookalike-b");
        assertEquals("%1<sub>%2</sub> ", b.getString("items[0].sourceText"));
        assertEquals("<it>Italic</it> and <ph>", b.getString("items[1].sourceText"));
    }

    @Test
    void exportsAMemoryNamedByIdAsByName() throws Exception {
        importOk("full-features.tmx", "export-by-id");
        long id = TmxFixtures.memoryId("export-by-id");
        byte[] tmx = given().queryParam("memory", id).get("/api/exports/tmx").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"export-by-id.tmx\"")
                .extract().asByteArray();
        assertEquals(4, validate(tmx).getElementsByTagName("tu").getLength());
    }

    @Test
    void filtersByDirectionAndChangeDate() throws Exception {
        importOk("srclang-all.tmx", "export-filter");
        Document enToAr = validate(export(Map.of("memory", "export-filter", "sourceLang", "en", "targetLang", "ar")));
        assertEquals(1, enToAr.getElementsByTagName("tu").getLength());
        assertEquals("en", ((Element) enToAr.getElementsByTagName("header").item(0)).getAttribute("srclang"));

        Document both = validate(export(Map.of("memory", "export-filter", "sourceLang", "en", "targetLang", "ar",
                "bothDirections", true)));
        assertEquals(2, both.getElementsByTagName("tu").getLength());
        Element reverse = (Element) both.getElementsByTagName("tu").item(1);
        assertEquals("ar", reverse.getAttribute("srclang"), "a unit stored ar→en keeps its direction");

        importOk("full-features.tmx", "export-since");
        Document since = validate(export(Map.of("memory", "export-since", "changedSince", "2020-01-01")));
        assertEquals(3, since.getElementsByTagName("tu").getLength(), "ff-2 last changed in 2018");
    }

    @Test
    void servesTmxToEveryXmlAcceptHeaderAsAnAttachment() throws Exception {
        importOk("full-features.tmx", "export-accept");
        Map<String, String> answered = Map.of(
                "application/xml", "application/xml",
                "text/xml", "text/xml",
                "application/x-tmx+xml", "application/x-tmx+xml",
                "*/*", "application/x-tmx+xml",
                "text/html, application/xml;q=0.9, */*;q=0.8", "application/xml");
        for (Map.Entry<String, String> accept : answered.entrySet()) {
            byte[] tmx = given().accept(accept.getKey()).queryParam("memory", "export-accept")
                    .get("/api/exports/tmx").then().statusCode(200)
                    .contentType(accept.getValue())
                    .header("Content-Disposition", "attachment; filename=\"export-accept.tmx\"")
                    .extract().asByteArray();
            assertEquals(4, validate(tmx).getElementsByTagName("tu").getLength(), accept.getKey());
        }
        // REST Assured always sends an Accept header; Java's HTTP client sends none.
        HttpResponse<byte[]> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                RestAssured.baseURI + ":" + RestAssured.port + "/api/exports/tmx?memory=export-accept"))
                        .header("Authorization", AdminCredentials.basic()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, bare.statusCode());
        assertTrue(bare.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-tmx+xml"));
        validate(bare.body());
        given().accept("application/xml").queryParam("memory", "no-such-memory").get("/api/exports/tmx")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsUnknownMemoriesAndBadFilters() {
        given().queryParam("memory", "no-such-memory").get("/api/exports/tmx").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("memory"))
                .body("detail", org.hamcrest.Matchers.containsString("'no-such-memory'"));
        given().queryParam("changedSince", "yesterday").get("/api/exports/tmx").then().statusCode(400)
                .body("violations[0].field", equalTo("changedSince"));
        given().queryParam("sourceLang", "e n").get("/api/exports/tmx").then().statusCode(400)
                .body("violations[0].field", equalTo("sourceLang"));
    }
}
