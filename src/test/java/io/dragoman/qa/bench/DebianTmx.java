package io.dragoman.qa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A minimal streaming reader of the benchmark's TMX file (English and Arabic {@code tuv}s, plain
 * {@code seg} text), standing in for the TMX importer. No DTD is read or resolved.
 */
final class DebianTmx {
    record Pair(String en, String ar) {
    }

    private DebianTmx() {
    }

    static void read(Path file, Consumer<Pair> sink) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file), 1 << 16) : Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            String lang = null;
            String en = null;
            String ar = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "tu" -> { en = null; ar = null; }
                        case "tuv" -> lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        case "seg" -> {
                            String text = xml.getElementText();
                            if ("en".equals(lang)) {
                                en = text;
                            } else if ("ar".equals(lang)) {
                                ar = text;
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")
                        && en != null && ar != null) {
                    sink.accept(new Pair(en, ar));
                }
            }
        }
    }
}
