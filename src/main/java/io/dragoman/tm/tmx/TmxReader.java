package io.dragoman.tm.tmx;

import io.dragoman.core.FormatException;
import io.dragoman.core.SafeXml;
import io.dragoman.text.LanguageTag;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a TMX file (1.1 to 1.4b) one {@code tu} at a time with StAX: memory does not grow with
 * the file. The XML parser never processes a DTD: a DOCTYPE naming {@code tmx14.dtd} is
 * accepted and ignored, one that declares entities is refused before any expansion (billion
 * laughs, external entities such as {@code file:///etc/passwd}).
 *
 * <p>What makes the file unreadable or not TMX throws {@link FormatException} with the line and
 * column; what makes one unit invalid is attached to that unit ({@link TmxUnit#issues()}).
 */
final class TmxReader implements AutoCloseable {
    private final XMLStreamReader xml;
    private final String file;
    private final TmxHeader header;
    private final Map<String, Optional<LanguageTag>> languages = new HashMap<>();
    private boolean done;

    private TmxReader(XMLStreamReader xml, String file) throws XMLStreamException {
        this.xml = xml;
        this.file = file;
        this.header = readHeader();
    }

    /**
     * Opens a TMX stream and reads up to {@code <body>}. The stream's bytes decide the encoding
     * (BOM, XML declaration), as XML requires.
     */
    static TmxReader open(InputStream in, String file) {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.inputFactory().createXMLStreamReader(file, in);
            return new TmxReader(xml, file);
        } catch (XMLStreamException e) {
            throw SafeXml.formatError(file, e);
        } catch (MissingResourceException e) {
            throw SafeXml.doctypeError(file, xml, e);
        }
    }

    TmxHeader header() {
        return header;
    }

    /** The next unit, or null after the last one. */
    TmxUnit next() {
        try {
            if (done) {
                return null;
            }
            if (nextElement() == XMLStreamConstants.END_ELEMENT) {
                // </body>: what may follow is </tmx> and the end of the document.
                done = true;
                while (xml.hasNext()) {
                    xml.next();
                }
                return null;
            }
            if (!"tu".equals(xml.getLocalName())) {
                throw unexpected("<tu>");
            }
            return new TmxUnitReader(xml, languages).read();
        } catch (XMLStreamException e) {
            throw SafeXml.formatError(file, e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a StAX reader releases parser state only; the stream is closed by its owner.
        }
    }

    private TmxHeader readHeader() throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD && xml.getText().contains("<!ENTITY")) {
                throw error(xml.getLocation(), "the DOCTYPE (which ends here) declares entities; Dragoman never processes a DTD,"
                        + " so that no entity is expanded or fetched. Remove the DOCTYPE's internal subset");
            }
        }
        if (!"tmx".equals(xml.getLocalName())) {
            throw unexpected("<tmx> as the root element");
        }
        String version = xml.getAttributeValue(null, "version");
        if (nextElement() != XMLStreamConstants.START_ELEMENT || !"header".equals(xml.getLocalName())) {
            throw unexpected("<header>");
        }
        Location at = xml.getLocation();
        TmxHeader read = new TmxHeader(version, xml.getAttributeValue(null, "srclang"),
                at.getLineNumber(), at.getColumnNumber());
        skipElement(xml);
        if (nextElement() != XMLStreamConstants.START_ELEMENT || !"body".equals(xml.getLocalName())) {
            throw unexpected("<body>");
        }
        return read;
    }

    /** Moves to the next start or end tag, skipping text, comments and processing instructions. */
    private int nextElement() throws XMLStreamException {
        int event;
        do {
            event = xml.next();
        } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
                && event != XMLStreamConstants.END_DOCUMENT);
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw error(xml.getLocation(), "the file ends before its TMX content is complete");
        }
        return event;
    }

    /** From a start tag, skips to its matching end tag. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private FormatException unexpected(String expected) {
        String found = xml.isStartElement() ? "<" + xml.getLocalName() + ">" : "</" + xml.getLocalName() + ">";
        return error(xml.getLocation(), "expected " + expected + " but found " + found + "; this is not a TMX file");
    }

    private FormatException error(Location at, String message) {
        return new FormatException(file, at.getLineNumber(), at.getColumnNumber(), message);
    }
}
