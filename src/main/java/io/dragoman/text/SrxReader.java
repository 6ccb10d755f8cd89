package io.dragoman.text;

import io.dragoman.core.FormatException;
import io.dragoman.core.SafeXml;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.PatternSyntaxException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the segmentation part of an SRX 2.0 file ({@code header/@cascade}, {@code languagerules},
 * {@code maprules}); format handles and other header settings do not apply to plain text and are
 * ignored. DTDs and external entities are refused: a rules file cannot make Dragoman read other
 * files or the network.
 */
public final class SrxReader {
    private static final String NS = "http://www.lisa.org/srx20";

    private SrxReader() {
    }

    /**
     * @param file the name reported in errors
     * @throws FormatException when the file is not SRX 2.0 or a pattern is not a valid regex
     */
    public static SrxRules read(Reader in, String file) {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.inputFactory().createXMLStreamReader(in);
            return parse(xml, file);
        } catch (XMLStreamException e) {
            throw SafeXml.formatError(file, e);
        } catch (MissingResourceException e) {
            throw SafeXml.doctypeError(file, xml, e);
        } finally {
            close(xml);
        }
    }

    private static SrxRules parse(XMLStreamReader xml, String file) throws XMLStreamException {
        boolean cascade = false;
        boolean seenRoot = false;
        Map<String, List<SrxRules.Rule>> rules = new LinkedHashMap<>();
        List<SrxRules.LanguageMap> maps = new ArrayList<>();
        List<SrxRules.Rule> current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                // Nothing in SRX needs one, and refusing it at once answers every entity trick the same way.
                throw error(xml, file, "a DOCTYPE is not allowed in a rules file: Dragoman reads no DTD"
                        + " and resolves no entity");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!seenRoot) {
                if (!"srx".equals(name) || !NS.equals(xml.getNamespaceURI())) {
                    throw error(xml, file, "the root element must be <srx> in the SRX 2.0 namespace " + NS);
                }
                seenRoot = true;
            }
            switch (name) {
                case "header" -> cascade = "yes".equals(xml.getAttributeValue(null, "cascade"));
                case "languagerule" -> {
                    String ruleName = required(xml, file, "languagerulename");
                    current = new ArrayList<>();
                    if (rules.put(ruleName, current) != null) {
                        throw error(xml, file, "languagerule '" + ruleName + "' is defined twice");
                    }
                }
                case "rule" -> {
                    if (current == null) {
                        throw error(xml, file, "<rule> outside a <languagerule>");
                    }
                    current.add(rule(xml, file));
                }
                case "languagemap" -> maps.add(languageMap(xml, file));
                default -> { }
            }
        }
        try {
            return new SrxRules(cascade, rules, maps);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, -1, -1, e.getMessage());
        }
    }

    /** Reads {@code <rule>} up to its end tag: optional beforebreak and afterbreak texts. */
    private static SrxRules.Rule rule(XMLStreamReader xml, String file) throws XMLStreamException {
        Location at = xml.getLocation();
        boolean breaks = !"no".equals(xml.getAttributeValue(null, "break"));
        String before = "";
        String after = "";
        while (!(xml.next() == XMLStreamConstants.END_ELEMENT && "rule".equals(xml.getLocalName()))) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                String part = xml.getLocalName();
                String text = xml.getElementText();
                if ("beforebreak".equals(part)) {
                    before = text;
                } else if ("afterbreak".equals(part)) {
                    after = text;
                }
            }
        }
        if (before.isEmpty() && after.isEmpty()) {
            throw new FormatException(file, at.getLineNumber(), at.getColumnNumber(),
                    "a rule needs a beforebreak or an afterbreak pattern");
        }
        try {
            return SrxRules.Rule.of(breaks, before, after);
        } catch (PatternSyntaxException e) {
            throw new FormatException(file, at.getLineNumber(), at.getColumnNumber(),
                    "invalid regular expression: " + firstLine(e.getMessage()));
        }
    }

    private static SrxRules.LanguageMap languageMap(XMLStreamReader xml, String file) {
        String pattern = required(xml, file, "languagepattern");
        String ruleName = required(xml, file, "languagerulename");
        try {
            return SrxRules.LanguageMap.of(pattern, ruleName);
        } catch (PatternSyntaxException e) {
            throw error(xml, file, "invalid languagepattern: " + firstLine(e.getMessage()));
        }
    }

    private static String required(XMLStreamReader xml, String file, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw error(xml, file, "<" + xml.getLocalName() + "> needs the attribute " + attribute);
        }
        return value;
    }

    private static FormatException error(XMLStreamReader xml, String file, String message) {
        Location at = xml.getLocation();
        return new FormatException(file, at.getLineNumber(), at.getColumnNumber(), message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Nothing left to release: the caller owns the underlying reader.
            }
        }
    }
}
