package io.dragoman.tm.tmx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a {@code seg}'s content into Dragoman's text representation: the plain text when the
 * segment has no inline element, otherwise its inner XML (see {@link SegmentMarkup}). Checks
 * what TMX requires of inline markup: only {@code bpt ept it ph hi ut sub}, {@code bpt} and
 * {@code ept} paired by {@code i} within the segment, {@code it} with {@code pos}.
 */
final class SegmentReader {
    private final XMLStreamReader xml;
    private final List<TmxIssue> issues;
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder markup = new StringBuilder();
    private final Map<String, Location> openPairs = new LinkedHashMap<>();
    private boolean tagged;
    /** A start tag written without its closing {@code >}, so that an empty element becomes {@code <x/>}. */
    private boolean startPending;

    private SegmentReader(XMLStreamReader xml, List<TmxIssue> issues) {
        this.xml = xml;
        this.issues = issues;
    }

    /** Reads from just after {@code <seg>} to its end tag; problems are added to {@code issues}. */
    static Segment read(XMLStreamReader xml, List<TmxIssue> issues) throws XMLStreamException {
        return new SegmentReader(xml, issues).read();
    }

    record Segment(String text, boolean markup) {
    }

    private Segment read() throws XMLStreamException {
        java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of("seg"));
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!SegmentMarkup.allowed(open.peek(), name)) {
                    issue(xml.getLocation(), SegmentMarkup.INLINE.contains(name)
                            ? "<" + name + "> is not allowed in <" + open.peek() + ">"
                            : "unexpected <" + name + "> in a segment; inline markup is "
                                    + String.join(", ", SegmentMarkup.INLINE_ORDER));
                    TmxReader.skipElement(xml);
                    continue;
                }
                closePendingStart();
                start();
                open.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (open.size() == 1) {
                    break;
                }
                open.pop();
                if (startPending) {
                    markup.append("/>");
                    startPending = false;
                } else {
                    markup.append("</").append(xml.getLocalName()).append('>');
                }
            } else if (isText(event)) {
                closePendingStart();
                String text = xml.getText();
                plain.append(text);
                SegmentMarkup.escapeText(markup, text);
            }
        }
        for (Map.Entry<String, Location> unpaired : openPairs.entrySet()) {
            issue(unpaired.getValue(), "<bpt i=\"" + unpaired.getKey() + "\"> has no matching <ept> in its segment");
        }
        return tagged ? new Segment(markup.toString(), true) : new Segment(plain.toString(), false);
    }

    private void start() {
        String name = xml.getLocalName();
        tagged = true;
        markup.append('<').append(name);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            markup.append(' ');
            if (prefix != null && !prefix.isEmpty()) {
                markup.append(prefix).append(':');
            }
            markup.append(xml.getAttributeLocalName(i)).append("=\"");
            SegmentMarkup.escapeAttribute(markup, xml.getAttributeValue(i));
            markup.append('"');
        }
        startPending = true;
        checkPairing(name);
    }

    private void checkPairing(String name) {
        String i = xml.getAttributeValue(null, "i");
        if (("bpt".equals(name) || "ept".equals(name)) && i == null) {
            issue(xml.getLocation(), "<" + name + "> needs an i attribute");
        } else if ("bpt".equals(name)) {
            if (openPairs.putIfAbsent(i, xml.getLocation()) != null) {
                issue(xml.getLocation(), "a second <bpt i=\"" + i + "\"> before the first one's <ept>");
            }
        } else if ("ept".equals(name) && openPairs.remove(i) == null) {
            issue(xml.getLocation(), "<ept i=\"" + i + "\"> has no matching <bpt> before it in its segment");
        } else if ("it".equals(name) && !Set.of("begin", "end").contains(String.valueOf(xml.getAttributeValue(null, "pos")))) {
            issue(xml.getLocation(), "<it> needs pos=\"begin\" or pos=\"end\"");
        }
    }

    private void closePendingStart() {
        if (startPending) {
            markup.append('>');
            startPending = false;
        }
    }

    private void issue(Location at, String message) {
        issues.add(new TmxIssue(at.getLineNumber(), at.getColumnNumber(), message));
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE;
    }
}
