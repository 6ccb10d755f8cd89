package io.dragoman.xliff;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the content of a {@code <source>} or {@code <target>} up to its end tag: the text a
 * translator reads (native code inside XLIFF 1.2's {@code bpt}, {@code ept}, {@code ph} and
 * {@code it} left out; XLIFF 2.0's {@code cp} turned into its character), whether any inline code
 * appears, and which paired codes stay open. Annotations ({@code mrk}) are not codes.
 */
final class InlineContent {
    private final StringBuilder text = new StringBuilder();
    private final Set<String> open;
    private boolean codes;
    private boolean elements;
    private String broken;

    /** {@code open} is shared by the sources of one unit: XLIFF 2.0 lets a pair span segments. */
    InlineContent(Set<String> open) {
        this.open = open;
    }

    InlineContent() {
        this(new LinkedHashSet<>());
    }

    void read(TagCursor cursor) throws XMLStreamException {
        XMLStreamReader xml = cursor.xml();
        int depth = 0;
        int nativeDepth = 0;
        while (true) {
            int event = cursor.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                elements = true;
                String name = xml.getLocalName();
                if (!name.equals("mrk")) {
                    codes = true;
                }
                if (nativeDepth > 0 || name.equals("bpt") || name.equals("ept") || name.equals("ph") || name.equals("it")) {
                    nativeDepth++;
                }
                pair(xml, name);
                if (name.equals("cp") && nativeDepth == 0) {
                    appendCodePoint(xml.getAttributeValue(null, "hex"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                depth--;
                if (nativeDepth > 0) {
                    nativeDepth--;
                }
            } else if (nativeDepth == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getText());
            }
        }
    }

    /** A {@code <cp hex="…"/>}; one that names no code point adds nothing rather than failing. */
    private void appendCodePoint(String hex) {
        try {
            text.appendCodePoint(Integer.parseInt(hex, 16));
        } catch (IllegalArgumentException | NullPointerException e) {
            return;
        }
    }

    /** Pairs XLIFF 1.2's bpt/ept (by rid, else id) and 2.0's sc/ec (by id and startRef). */
    private void pair(XMLStreamReader xml, String name) {
        String rid = xml.getAttributeValue(null, "rid");
        String id = xml.getAttributeValue(null, "id");
        boolean isolated = "yes".equals(xml.getAttributeValue(null, "isolated"));
        switch (name) {
            case "bpt" -> open.add(rid != null ? rid : id);
            case "ept" -> close(rid != null ? rid : id, "<ept id=\"" + id + "\"> closes no <bpt>");
            case "sc" -> {
                if (!isolated) {
                    open.add(id);
                }
            }
            case "ec" -> {
                if (!isolated) {
                    String ref = xml.getAttributeValue(null, "startRef");
                    close(ref, "<ec startRef=\"" + ref + "\"> closes no <sc>");
                }
            }
            default -> { }
        }
    }

    private void close(String key, String problem) {
        if (key == null || !open.remove(key)) {
            broken = broken == null ? problem : broken;
        }
    }

    String text() {
        return text.toString();
    }

    boolean hasCodes() {
        return codes;
    }

    /** Whether the element held nothing but whitespace. */
    boolean isEmpty() {
        return !elements && text.toString().isBlank();
    }

    /** The first broken pairing found, or null. */
    String broken() {
        return broken;
    }
}
