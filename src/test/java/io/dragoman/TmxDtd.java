package io.dragoman;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates TMX against the local copy of the TMX 1.4 DTD; loading anything else is refused. */
public final class TmxDtd {
    private TmxDtd() {
    }

    public static Document validate(byte[] tmx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("/tmx14.dtd")) {
                InputStream dtd = TmxDtd.class.getResourceAsStream("/tmx14.dtd");
                return new InputSource(dtd);
            }
            throw new SAXException("refusing to load " + systemId);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }

            @Override public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        InputSource source = new InputSource(new ByteArrayInputStream(tmx));
        source.setSystemId("file:/export/export.tmx");
        return builder.parse(source);
    }
}
