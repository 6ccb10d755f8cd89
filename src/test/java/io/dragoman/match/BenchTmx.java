package io.dragoman.match;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A minimal streaming TMX reader for the benchmark only (the real importer lives in tm.tmx):
 * pairs of (en, ar) segment texts, inline elements read as their text content. DTDs and
 * external entities are never resolved.
 */
final class BenchTmx {
    record Pair(String en, String ar) {
    }

    private BenchTmx() {
    }

    static List<Pair> read(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            String lang = null;
            String en = null;
            String ar = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("tu")) {
                        en = null;
                        ar = null;
                    } else if (name.equals("tuv")) {
                        lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                    } else if (name.equals("seg")) {
                        String text = xml.getElementText();
                        if ("en".equals(lang)) {
                            en = text;
                        } else if ("ar".equals(lang)) {
                            ar = text;
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("tu")
                        && en != null && ar != null && !en.isBlank() && !ar.isBlank()) {
                    pairs.add(new Pair(en, ar));
                }
            }
            xml.close();
        }
        return pairs;
    }
}
