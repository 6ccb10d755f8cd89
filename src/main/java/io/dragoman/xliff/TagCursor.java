package io.dragoman.xliff;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Follows a StAX reader through the original text and knows where the current tag starts and
 * ends. The JDK's reader reports offsets after its look-ahead, not after the tag, so the tags
 * are found again in the text, in document order: comments, processing instructions, CDATA and
 * the DOCTYPE are stepped over, and a {@code >} inside a quoted attribute value does not end a tag.
 */
final class TagCursor {
    private final XMLStreamReader xml;
    private final String text;
    private int at;
    private int tagStart;
    private int tagEnd;
    private boolean emptyPending;

    TagCursor(XMLStreamReader xml, String text) {
        this.xml = xml;
        this.text = text;
    }

    XMLStreamReader xml() {
        return xml;
    }

    /** The reader's next event, with the tag's place in the text kept up to date. */
    int next() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            nextTag();
            emptyPending = text.startsWith("/>", tagEnd - 2);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            if (emptyPending) {
                emptyPending = false;
            } else {
                nextTag();
            }
        }
        return event;
    }

    /** Where the current element's tag (its start tag after a start, its end tag after an end) begins. */
    int tagStart() {
        return tagStart;
    }

    /** Just past the current tag's {@code >}. */
    int tagEnd() {
        return tagEnd;
    }

    private void nextTag() {
        while (true) {
            int lt = text.indexOf('<', at);
            if (lt < 0) {
                throw new IllegalStateException("the text ran out before the reader's tags did");
            }
            if (text.startsWith("<!--", lt)) {
                at = text.indexOf("-->", lt) + 3;
            } else if (text.startsWith("<?", lt)) {
                at = text.indexOf("?>", lt) + 2;
            } else if (text.startsWith("<![CDATA[", lt)) {
                at = text.indexOf("]]>", lt) + 3;
            } else if (text.startsWith("<!", lt)) {
                at = declarationEnd(lt);
            } else {
                tagStart = lt;
                tagEnd = tagEnd(lt);
                at = tagEnd;
                return;
            }
        }
    }

    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalStateException("unterminated tag at offset " + from);
    }

    /** The end of a DOCTYPE, internal subset included. */
    private int declarationEnd(int from) {
        int depth = 0;
        for (int i = from + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
