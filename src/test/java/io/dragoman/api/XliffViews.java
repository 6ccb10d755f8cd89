package io.dragoman.api;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A pre-translated XLIFF file seen two ways: as Okapi reads it (its XLIFF 1.2 filter, its XLIFF 2
 * library with full validation) and as the JDK's DOM reads the bytes Dragoman wrote. Both give the
 * same values, so a test can compare them whole.
 */
final class XliffViews {
    /**
     * An XLIFF 1.2 trans-unit: its target ("" when absent: Okapi makes an empty one to hold the
     * alternatives of a unit without), state, qualifier and alternatives.
     */
    record Unit12(String target, String state, String qualifier, List<Candidate> alternatives) {
    }

    /** An XLIFF 2.0 segment: its target ("" when absent), state and subState. */
    record Segment20(String target, String state, String subState) {
    }

    /** One alternative translation: 1.2 alt-trans, 2.0 match ({@code ref} is null in 1.2, else without its '#'). */
    record Candidate(String ref, double quality, String source, String target) {
        Candidate {
            ref = ref == null || !ref.startsWith("#") ? ref : ref.substring(1);
        }
    }

    private XliffViews() {
    }

    /** Trans-unit id to what Okapi's XLIFF filter reads. */
    static Map<String, Unit12> okapi12(Path file, String sourceLang, String targetLang) throws Exception {
        LocaleId target = LocaleId.fromString(targetLang);
        Map<String, Unit12> units = new LinkedHashMap<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromString(sourceLang), target));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (!event.isTextUnit()) {
                    continue;
                }
                ITextUnit tu = event.getTextUnit();
                TextContainer tc = tu.getTarget(target);
                List<Candidate> alternatives = new ArrayList<>();
                AltTranslationsAnnotation alts = tc == null ? null : tc.getAnnotation(AltTranslationsAnnotation.class);
                for (AltTranslation alt : alts == null ? List.<AltTranslation>of() : alts) {
                    alternatives.add(new Candidate(null, alt.getCombinedScore(), alt.getSource().toString(), alt.getTarget().toString()));
                }
                units.put(tu.getId(), new Unit12(tc == null ? "" : tc.toString(), property(tc, Property.STATE), property(tc, Property.STATE_QUALIFIER), alternatives));
            }
        }
        return units;
    }

    private static String property(TextContainer tc, String name) {
        return tc == null || tc.getProperty(name) == null ? null : tc.getProperty(name).getValue();
    }

    /** Trans-unit id to what the file holds, read with the JDK's DOM. */
    static Map<String, Unit12> written12(byte[] xliff) throws Exception {
        Map<String, Unit12> units = new LinkedHashMap<>();
        for (Element unit : elements(dom(xliff).getDocumentElement(), "trans-unit")) {
            Element target = child(unit, "target");
            List<Candidate> alternatives = new ArrayList<>();
            for (Element alt : elements(unit, "alt-trans")) {
                alternatives.add(new Candidate(null, Double.parseDouble(alt.getAttribute("match-quality")),
                        child(alt, "source").getTextContent(), child(alt, "target").getTextContent()));
            }
            units.put(unit.getAttribute("id"), new Unit12(target == null ? "" : target.getTextContent(),
                    attribute(target, "state"), attribute(target, "state-qualifier"), alternatives));
        }
        return units;
    }

    /** Segment id to what Okapi's XLIFF 2 reader reads, validating all it can; unit id to its matches in {@code matches}. */
    static Map<String, Segment20> okapi20(Path file, Map<String, List<Candidate>> matches) {
        Map<String, Segment20> segments = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(file.toFile());
            while (reader.hasNext()) {
                net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
                if (!event.isUnit()) {
                    continue;
                }
                Unit unit = event.getUnit();
                for (net.sf.okapi.lib.xliff2.core.Segment s : unit.getSegments()) {
                    segments.put(s.getId(), new Segment20(s.hasTarget() ? s.getTarget().getPlainText() : "",
                            s.getState().toString(), s.getSubState()));
                }
                List<Candidate> found = new ArrayList<>();
                if (unit.hasMatch()) {
                    unit.getMatches().forEach(m -> found.add(new Candidate(m.getRef(), m.getMatchQuality(),
                            m.getSource().getPlainText(), m.getTarget().getPlainText())));
                }
                matches.put(unit.getId(), found);
            }
        }
        return segments;
    }

    /** Segment id to what the file holds, read with the JDK's DOM; unit id to its matches in {@code matches}. */
    static Map<String, Segment20> written20(byte[] xliff, Map<String, List<Candidate>> matches) throws Exception {
        Map<String, Segment20> segments = new LinkedHashMap<>();
        for (Element unit : elements(dom(xliff).getDocumentElement(), "unit")) {
            for (Element s : elements(unit, "segment")) {
                Element target = child(s, "target");
                String state = attribute(s, "state");
                segments.put(s.getAttribute("id"), new Segment20(target == null ? "" : target.getTextContent(),
                        state == null ? "initial" : state, attribute(s, "subState")));
            }
            List<Candidate> found = new ArrayList<>();
            for (Element m : elements(unit, "match")) {
                found.add(new Candidate(m.getAttribute("ref"), Double.parseDouble(m.getAttribute("matchQuality")),
                        child(m, "source").getTextContent(), child(m, "target").getTextContent()));
            }
            matches.put(unit.getAttribute("id"), found);
        }
        return segments;
    }

    private static Document dom(byte[] xliff) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
    }

    /** Descendants with this local name, in document order. */
    private static List<Element> elements(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The first child element with this local name, or null. */
    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String attribute(Element element, String name) {
        return element == null || !element.hasAttribute(name) ? null : element.getAttribute(name);
    }
}
