package io.dragoman.core;

import java.io.EOFException;
import java.util.MissingResourceException;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The one StAX configuration for files users send: the JDK's parser, no DTD, no external entity. */
public final class SafeXml {
    private SafeXml() {
    }

    /**
     * The JDK's own StAX implementation (whatever else is on the class path), namespace aware,
     * with DTDs off: a DOCTYPE is tolerated but never fetched, and no entity is ever resolved.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused: Dragoman never fetches them");
        });
        return factory;
    }

    /**
     * Skipping a DOCTYPE (DTDs are off), the JDK's parser reports some errors with a message key
     * its bundle lacks ({@code InvalidCharInDTD}) and so throws {@link MissingResourceException}
     * instead of {@link XMLStreamException}: the same format error, placed where the parser stopped.
     */
    public static FormatException doctypeError(String file, XMLStreamReader xml, MissingResourceException e) {
        Location at = xml == null ? null : xml.getLocation();
        return new FormatException(file, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(),
                "not well-formed XML: the DOCTYPE is malformed (" + e.getKey() + ")", e);
    }

    /** A parser's complaint as a format error at its line and column, without the parser's own prefix. */
    public static FormatException formatError(String file, XMLStreamException e) {
        Location at = e.getLocation();
        if (e.getNestedException() instanceof ZipException || e.getNestedException() instanceof EOFException) {
            // Read through a gzip or zip stream: the compression failed, not the XML.
            return new FormatException(file, -1, -1, "the compressed data is damaged or incomplete: "
                    + e.getNestedException().getMessage(), e);
        }
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int cut = message.indexOf("Message: ");
        return new FormatException(file, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(),
                "not well-formed XML: " + (cut >= 0 ? message.substring(cut + 9) : message).strip(), e);
    }
}
