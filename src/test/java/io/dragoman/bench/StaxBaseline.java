package io.dragoman.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The baseline of the TMX import benchmark: one plain StAX pass over a TMX file (gzipped or
 * not) that counts {@code tu} elements and touches every text, with the same parser settings as
 * the importer. {@code java -cp target/test-classes io.dragoman.bench.StaxBaseline FILE}
 */
public final class StaxBaseline {
    private StaxBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/debian-bookworm-ar-en.tmx.gz");
        long start = System.nanoTime();
        long units = 0;
        long chars = 0;
        try (InputStream in = open(file)) {
            XMLStreamReader xml = reader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "tu".equals(xml.getLocalName())) {
                    units++;
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    chars += xml.getTextLength();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("StAX baseline: %,d units (%,d characters) in %.2f s = %,.0f units/s%n",
                units, chars, seconds, units / seconds);
    }

    /** The file's bytes, unzipped when its name ends in .gz. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** A StAX reader with the importer's settings: no DTD, no external entities. */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }
}
