package io.dragoman.tm.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.FormatException;
import io.dragoman.tm.Annotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TmxReaderTest {

    static List<TmxUnit> read(String fixture) {
        try (InputStream in = TmxReaderTest.class.getResourceAsStream("/tmx/" + fixture);
             TmxReader reader = TmxReader.open(in, fixture)) {
            List<TmxUnit> units = new ArrayList<>();
            for (TmxUnit u = reader.next(); u != null; u = reader.next()) {
                units.add(u);
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String langs(TmxUnit unit) {
        return unit.variants().stream().map(v -> v.lang().tag()).collect(Collectors.joining(","));
    }

    @Test
    void readsUtf16LittleEndianWithBom() {
        TmxUnit unit = read("utf16le-bom.tmx").get(0);
        assertEquals("قوة حفظ السلام في غزة", unit.variants().get(0).text());
        assertEquals("peacekeeping force in Gaza (LE)", unit.variants().get(1).text());
    }

    @Test
    void readsUtf16BigEndianWithBom() {
        assertEquals("وزارة الدفاع الأمريكية", read("utf16be-bom.tmx").get(0).variants().get(0).text());
    }

    @Test
    void readsUtf8WithBomAndTheDeclaredEncoding() {
        assertEquals("الحكم المؤقت", read("utf8-bom.tmx").get(0).variants().get(0).text());
        TmxUnit latin1 = read("declared-latin1.tmx").get(0);
        assertEquals("قوة café", latin1.variants().get(0).text());
        assertEquals("café crème (Latin-1)", latin1.variants().get(1).text());
    }

    @Test
    void readsTmx11LangAttributesAndNormalisesCase() {
        TmxUnit unit = read("tmx11-lang.tmx").get(0);
        assertEquals("ar,en-US", langs(unit));
    }

    @Test
    void normalisesRegionCodesWrittenWithUnderscoreOrLowerCase() {
        assertEquals("en-GB,ar-SA", langs(read("tmx12-regions.tmx").get(0)));
    }

    @Test
    void keepsPlainTextDecodedAndWhitespaceExact() {
        TmxUnit unit = read("full-features.tmx").get(1);
        TmxVariant en = unit.variants().get(0);
        assertFalse(en.markup());
        assertEquals("  AT&T says <b>bold</b> & \"quoted\"  ", en.text());
    }

    @Test
    void keepsInlineMarkupAsInnerXml() {
        List<TmxUnit> units = read("full-features.tmx");
        TmxVariant en = units.get(0).variants().get(1);
        assertTrue(en.markup());
        assertEquals("Click <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>here<ept i=\"1\">&lt;/b&gt;</ept> to continue "
                + "<ph x=\"2\" type=\"image\">&lt;img src=\"a.png\"/&gt;</ph>", en.text());
        assertEquals("<it pos=\"begin\" x=\"3\">&lt;i&gt;</it>Peacekeeping <hi type=\"term\">force</hi> "
                + "<ut>{\\b}</ut>for Gaza<ph/>", units.get(2).variants().get(0).text());
        assertEquals("Footnote<ph x=\"4\">{\\footnote <sub>The Pentagon said</sub>}</ph> ends",
                units.get(3).variants().get(0).text());
    }

    @Test
    void readsDatesIdsUsagePropsAndNotes() {
        TmxUnit unit = read("full-features.tmx").get(0);
        assertEquals("ff-1", unit.tuid());
        TmxDetails d = unit.details();
        assertEquals(OffsetDateTime.of(2019, 3, 1, 10, 15, 0, 0, ZoneOffset.UTC), d.created());
        assertEquals("samira", d.createdBy());
        assertEquals(OffsetDateTime.of(2020, 4, 15, 8, 30, 0, 0, ZoneOffset.UTC), d.changed());
        assertEquals("omar", d.changedBy());
        assertEquals(7, d.usageCount());
        assertEquals(OffsetDateTime.of(2021, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), d.lastUsed());
        assertEquals(List.of(new Annotation("tu", "note", null, null, "Reviewed by the Gaza desk"),
                new Annotation("tu", "prop", "x-domain", null, "news"),
                new Annotation("tu", "prop", "x-client", "ar", "الوكالة")), unit.annotations());
        assertEquals(List.of(new Annotation("tu", "note", null, "en", "Button label")),
                unit.variants().get(1).annotations());
        assertTrue(unit.issues().isEmpty());
    }

    @Test
    void reportsInvalidUnitsWithTheirPosition() {
        List<TmxUnit> units = read("invalid-units.tmx");
        assertTrue(units.get(0).issues().isEmpty());
        assertEquals(List.of(new TmxIssue(10, 47, "<bpt i=\"1\"> has no matching <ept> in its segment")),
                units.get(1).issues());
        assertEquals(List.of(new TmxIssue(13, 51,
                "creationdate '2019-02-30' is not a TMX date (YYYYMMDDThhmmssZ)")), units.get(2).issues());
        assertEquals(List.of(new TmxIssue(18, 27, "'e n' is not a language code")), units.get(3).issues());
        assertEquals(List.of(new TmxIssue(22, 48, "<ept i=\"9\"> has no matching <bpt> before it in its segment")),
                units.get(4).issues());
    }

    @Test
    void placesSubOnlyInsideCodes() {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"en\">"
                + "<seg>a<sub>b</sub><ph>c<sub>d</sub></ph><bpt i=\"1\"><ph/></bpt><ept i=\"1\"/></seg></tuv></tu>"
                + "</body></tmx>";
        TmxUnit unit;
        try (TmxReader reader = TmxReader.open(new java.io.ByteArrayInputStream(
                tmx.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "inline.tmx")) {
            unit = reader.next();
        }
        assertEquals(List.of("<sub> is not allowed in <seg>", "<ph> is not allowed in <bpt>"),
                unit.issues().stream().map(TmxIssue::message).toList());
        assertEquals("a<ph>c<sub>d</sub></ph><bpt i=\"1\"/><ept i=\"1\"/>", unit.variants().get(0).text());
    }

    @Test
    void rejectsMalformedXmlAtTheExactLineAndColumn() {
        FormatException e = assertThrows(FormatException.class, () -> read("malformed.tmx"));
        assertEquals("malformed.tmx", e.file());
        assertEquals(10, e.line());
        assertEquals(39, e.column());
        assertEquals("not well-formed XML: The element type \"seg\" must be terminated by the matching end-tag \"</seg>\".",
                e.getMessage());
    }

    @Test
    void rejectsAFileThatIsNotTmx() {
        FormatException e = assertThrows(FormatException.class, () -> read("not-tmx.xml"));
        assertEquals(2, e.line());
        assertEquals(22, e.column());
        assertEquals("expected <tmx> as the root element but found <xliff>; this is not a TMX file", e.getMessage());
    }

    @Test
    void rejectsBillionLaughsBeforeExpandingAnything() {
        FormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(FormatException.class, () -> read("billion-laughs.tmx")));
        // Where the DOCTYPE ends: the parser reports it only once the whole declaration is read.
        assertEquals(13, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().startsWith("the DOCTYPE (which ends here) declares entities"), e.getMessage());
    }

    @Test
    void neverReadsExternalEntities() {
        FormatException e = assertThrows(FormatException.class, () -> read("xxe.tmx"));
        assertEquals(4, e.line());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd may leak into a message");
    }

    @Test
    void acceptsADoctypeNamingTheTmxDtdWithoutFetchingIt() {
        assertEquals(4, read("full-features.tmx").size());
    }

    @Test
    void writesTmxDatesAndParsesTheVariantsMetInTheWild() {
        OffsetDateTime t = OffsetDateTime.of(2024, 5, 31, 23, 59, 58, 0, ZoneOffset.UTC);
        assertEquals("20240531T235958Z", TmxDates.format(t));
        assertEquals(t, TmxDates.parse("20240531T235958Z"));
        assertEquals(t, TmxDates.parse("20240531T235958"));
        assertEquals(t, TmxDates.parse("2024-06-01T01:59:58+02:00"));
        assertNull(TmxDates.parse(null));
        assertThrows(IllegalArgumentException.class, () -> TmxDates.parse("20240230T000000Z"));
    }
}
