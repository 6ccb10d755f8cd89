package io.dragoman.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exported reports: the HTML one parses and has the promised structure; JSON and CSV hold every finding. */
@QuarkusTest
class QaReportTest {

    private static Document parse(byte[] xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void theHtmlReportIsSelfContainedGroupedByCheckAndRightToLeftForArabic() throws Exception {
        QaFixture.Shared fixture = QaFixture.shared();
        byte[] html = given().queryParam("format", "html").when().get("/api/qa/runs/" + fixture.runId() + "/report")
                .then().statusCode(200).contentType("text/html").extract().asByteArray();
        Document doc = parse(html);
        Element root = doc.getDocumentElement();
        assertEquals("html", root.getLocalName());
        assertEquals("ltr", root.getAttribute("dir"));

        Map<String, Map<String, Integer>> counts = fixture.run().getMap("counts");
        List<Element> sections = elements(doc, "section");
        assertEquals(counts.size(), sections.size(), "one section per check with findings");
        for (Element section : sections) {
            String check = section.getAttribute("id").substring("check-".length());
            int expected = counts.get(check).values().stream().mapToInt(Integer::intValue).sum();
            int rows = section.getElementsByTagNameNS("*", "tbody").item(0).getChildNodes().getLength();
            long trs = countRows(section);
            assertEquals(expected, trs, "rows of " + check);
            assertTrue(section.getTextContent().contains(check), check);
            assertTrue(rows >= trs);
        }
        List<Element> summaryRows = elements(doc, "tr").stream().filter(tr -> tr.hasAttribute("data-check")).toList();
        int checks = given().when().get("/api/qa/checks").then().extract().jsonPath().getList("id").size();
        assertEquals(checks, summaryRows.size(), "the summary lists every check");

        List<Element> textCells = elements(doc, "td").stream().filter(td -> td.getAttribute("class").equals("text")).toList();
        assertFalse(textCells.isEmpty());
        for (Element td : textCells) {
            assertEquals(td.getAttribute("lang").startsWith("ar") ? "rtl" : "ltr", td.getAttribute("dir"), td.getTextContent());
        }
        assertTrue(textCells.stream().anyMatch(td -> td.getAttribute("dir").equals("rtl")
                && td.getElementsByTagNameNS("*", "mark").getLength() > 0), "a marked Arabic span");
        assertTrue(elements(doc, "bdi").size() > 0, "Arabic inside English messages is isolated");
        assertTrue(elements(doc, "script").isEmpty() && elements(doc, "link").isEmpty() && elements(doc, "img").isEmpty());
        for (Element a : elements(doc, "a")) {
            assertTrue(a.getAttribute("href").startsWith("#"), "only links inside the report: " + a.getAttribute("href"));
        }
        String text = new String(html, StandardCharsets.UTF_8);
        assertFalse(text.contains("http://") && !text.contains("http://www.w3.org/1999/xhtml"), "no external resource");
    }

    private static long countRows(Element section) {
        NodeList trs = section.getElementsByTagNameNS("*", "tr");
        long n = 0;
        for (int i = 0; i < trs.getLength(); i++) {
            if (((Element) trs.item(i)).getAttribute("id").startsWith("finding-")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theJsonAndCsvReportsHoldEveryFinding() throws Exception {
        QaFixture.Shared fixture = QaFixture.shared();
        int total = fixture.run().getInt("findings");
        JsonPath json = given().when().get("/api/qa/runs/" + fixture.runId() + "/report?format=json")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals(total, json.getList("findings").size());
        assertEquals("qa-fixture", json.getString("memory"));
        assertEquals(fixture.runId(), json.getLong("run.id"));

        String csv = given().when().get("/api/qa/runs/" + fixture.runId() + "/report?format=csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("\uFEFFfinding,run,check,"));
        List<List<String>> records = Csv.parse(csv.substring(1));
        assertEquals(total + 1, records.size());
        assertTrue(records.stream().anyMatch(r -> r.get(9).equals("هل تريد الخروج.") || r.get(9).equals("هل تريد الخروج!")));
        assertTrue(records.stream().anyMatch(r -> r.get(9).equals(" حرر هذا الأمر")), "whitespace kept inside quotes");

        given().when().get("/api/qa/runs/" + fixture.runId() + "/report?format=pdf").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void csvCellsCannotBecomeSpreadsheetFormulas() {
        assertEquals("'=1+2", io.dragoman.qa.QaReports.csv("=1+2"));
        assertEquals("'@SUM(A1)", io.dragoman.qa.QaReports.csv("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", io.dragoman.qa.QaReports.csv("=HYPERLINK(\"x\")"));
        assertEquals("-5 files", io.dragoman.qa.QaReports.csv("-5 files"));
    }

    /** Just enough RFC 4180 to read the report back: quoted fields with commas, quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    continue;
                } else if (c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            return records;
        }
    }
}
