package io.dragoman.glossary.tbx;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Element-by-element XML output indented two spaces per level, in one namespace (none when
 * {@code ns} is empty), for the TBX writer's two versions alike.
 */
final class IndentedXml {
    private final XMLStreamWriter xml;
    private final String ns;
    private int depth;

    IndentedXml(XMLStreamWriter xml, String ns) {
        this.xml = xml;
        this.ns = ns;
    }

    void open(String name) throws XMLStreamException {
        indent();
        start(name);
        depth++;
    }

    void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    void lang(String tag) throws XMLStreamException {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", tag);
    }

    /** Writes {@code <name type="type">text</name>}; nothing when the text is null. */
    void leaf(String name, String type, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        indent();
        start(name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void start(String name) throws XMLStreamException {
        if (ns.isEmpty()) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(ns, name);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
