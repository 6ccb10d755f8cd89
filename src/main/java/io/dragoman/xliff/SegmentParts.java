package io.dragoman.xliff;

import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The source and target of one segment while {@link XliffScanner} reads them: the source's text
 * and codes, whether the target is empty, and the offsets the pre-translator edits at.
 */
final class SegmentParts {
    final Set<String> open;
    String source = "";
    boolean codes;
    boolean segmented;
    boolean targetEmpty = true;
    int targetStart = -1;
    int targetTagEnd = -1;
    int targetEnd = -1;
    int afterSource = -1;
    String broken;

    SegmentParts(Set<String> open) {
        this.open = open;
    }

    /** Reads the current element when it is a source (1.2: or seg-source) or target; false for anything else. */
    boolean read(TagCursor cursor, XliffVersion version) throws XMLStreamException {
        XMLStreamReader xml = cursor.xml();
        String name = xml.getLocalName();
        if (!version.namespace.equals(xml.getNamespaceURI())) {
            return false;
        }
        if (name.equals("source") || (version == XliffVersion.V1_2 && name.equals("seg-source"))) {
            InlineContent content = new InlineContent(open);
            content.read(cursor);
            if (name.equals("source")) {
                source = content.text();
                codes = content.hasCodes();
            } else {
                segmented = true;
            }
            broken = broken == null ? content.broken() : broken;
            afterSource = cursor.tagEnd();
            return true;
        }
        if (name.equals("target")) {
            targetTagEnd = cursor.tagEnd();
            targetStart = cursor.tagStart();
            InlineContent content = new InlineContent();
            content.read(cursor);
            targetEmpty = content.isEmpty();
            targetEnd = cursor.tagEnd();
            return true;
        }
        return false;
    }
}
