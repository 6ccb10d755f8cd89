package io.dragoman.tm.tmx;

import io.dragoman.core.SafeXml;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Dragoman's text representation of a TMX segment, both ways.
 *
 * <ul>
 *   <li>A segment without inline elements is stored as its plain text: {@code AT&amp;T} in the
 *       file is {@code AT&T} in Dragoman, {@code &lt;b&gt;} is {@code <b>}.</li>
 *   <li>A segment with inline elements is stored as its inner XML, text escaped:
 *       {@code Click <ph x="1">&lt;b&gt;</ph>here}. Attributes keep their order; an element
 *       without content is written {@code <ph x="1"/>}.</li>
 * </ul>
 * On export, a text is written as markup when it contains a TMX inline element and parses as a
 * well-formed fragment that TMX allows in a {@code seg} (right nesting, required attributes);
 * otherwise it is written as text, escaped: HTML's {@code <sub>} in a UI string stays text. The
 * only text that this reads back differently is a plain segment whose own characters spell valid
 * TMX markup ({@code &lt;ph/&gt;} in a segment without markup).
 */
final class SegmentMarkup {
    static final List<String> INLINE_ORDER = List.of("bpt", "ept", "it", "ph", "hi", "ut", "sub");
    static final Set<String> INLINE = Set.copyOf(INLINE_ORDER);
    private static final Pattern INLINE_TAG = Pattern.compile("<(?:bpt|ept|it|ph|hi|ut|sub)[\\s/>]");
    /** Elements whose content is text and {@code sub}; the others hold text and the TMX codes. */
    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut");

    /**
     * Whether TMX 1.4 allows {@code child} in {@code parent} ({@code seg} for the top level):
     * {@code sub} only inside a code ({@code bpt ept it ph ut}), a code holds nothing but
     * {@code sub}, and {@code seg}, {@code hi} and {@code sub} hold every element but {@code sub}.
     */
    static boolean allowed(String parent, String child) {
        if (!INLINE.contains(child)) {
            return false;
        }
        return CODES.contains(parent) ? "sub".equals(child) : !"sub".equals(child);
    }

    /** The attributes TMX requires of an inline element are present (i on bpt and ept, pos on it). */
    static boolean complete(String name, String i, String pos) {
        return switch (name) {
            case "bpt", "ept" -> i != null;
            case "it" -> "begin".equals(pos) || "end".equals(pos);
            default -> true;
        };
    }

    private SegmentMarkup() {
    }

    static void escapeText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    static void escapeAttribute(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                case '\r' -> out.append("&#13;");
                default -> escapeText(out, String.valueOf(c));
            }
        }
    }

    /** Writes a stored text as the content of a {@code seg}. */
    static void write(XMLStreamWriter out, String text) throws XMLStreamException {
        List<Runnable> events = INLINE_TAG.matcher(text).find() ? parse(text, out) : null;
        if (events == null) {
            out.writeCharacters(XmlChars.clean(text));
        } else {
            for (Runnable event : events) {
                event.run();
            }
        }
    }

    /**
     * The writer calls that reproduce {@code text} as markup, or null when it is not a fragment of
     * inline elements. Parsed completely before anything is written, so that a text that turns
     * out not to be markup leaves no half-written element behind.
     */
    private static List<Runnable> parse(String text, XMLStreamWriter out) {
        List<Runnable> events = new ArrayList<>();
        try {
            XMLStreamReader in = SafeXml.inputFactory().createXMLStreamReader(new StringReader("<seg>" + text + "</seg>"));
            in.nextTag();
            java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of("seg"));
            while (true) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = in.getLocalName();
                    // Text that merely looks like markup (HTML's <sub> in a UI string) is not TMX.
                    if (!allowed(open.peek(), name) || !complete(name, in.getAttributeValue(null, "i"),
                            in.getAttributeValue(null, "pos"))) {
                        return null;
                    }
                    open.push(name);
                    events.add(start(out, in));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                    if (open.isEmpty()) {
                        return events;
                    }
                    events.add(unchecked(out::writeEndElement));
                } else if (SegmentReader.isText(event)) {
                    String chars = XmlChars.clean(in.getText());
                    events.add(unchecked(() -> out.writeCharacters(chars)));
                }
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    private static Runnable start(XMLStreamWriter out, XMLStreamReader in) {
        String name = in.getLocalName();
        int n = in.getAttributeCount();
        String[][] attributes = new String[n][];
        for (int i = 0; i < n; i++) {
            attributes[i] = new String[] {in.getAttributePrefix(i), in.getAttributeNamespace(i),
                in.getAttributeLocalName(i), in.getAttributeValue(i)};
        }
        return unchecked(() -> {
            out.writeStartElement(name);
            for (String[] a : attributes) {
                if (a[0] == null || a[0].isEmpty()) {
                    out.writeAttribute(a[2], a[3]);
                } else {
                    out.writeAttribute(a[0], a[1], a[2], a[3]);
                }
            }
        });
    }

    private interface XmlCall {
        void run() throws XMLStreamException;
    }

    private static Runnable unchecked(XmlCall call) {
        return () -> {
            try {
                call.run();
            } catch (XMLStreamException e) {
                throw new TmxWriteException(e);
            }
        };
    }

    /** An XML writer failure carried through the deferred writes; unwrapped by the exporter. */
    static final class TmxWriteException extends RuntimeException {
        TmxWriteException(XMLStreamException cause) {
            super(cause);
        }
    }
}
