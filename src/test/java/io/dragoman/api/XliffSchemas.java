package io.dragoman.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official XLIFF schemas (stored under {@code xliff/schemas}, see SOURCES.md there) as
 * {@code javax.xml.validation} schemas. Every import is resolved by namespace to a stored file and
 * anything else fails, so validation never reaches the network.
 */
final class XliffSchemas {
    private static final String DIR = "/xliff/schemas/";
    private static final Map<String, String> BY_NAMESPACE = Map.of(
            XMLConstants.XML_NS_URI, "xml.xsd",
            "urn:oasis:names:tc:xliff:document:1.2", "xliff-core-1.2-strict.xsd",
            "urn:oasis:names:tc:xliff:document:2.0", "xliff-core-2.0.xsd",
            "urn:oasis:names:tc:xliff:metadata:2.0", "metadata.xsd",
            "urn:oasis:names:tc:xliff:matches:2.0", "matches.xsd",
            "urn:example:newsroom-cms", "newsroom-cms.xsd");

    private static final DOMImplementationLS LS = domLoadAndSave();
    // Before the schemas: they are built with it.
    private static final LSResourceResolver LOCAL = (type, namespace, publicId, systemId, baseUri) -> {
        String file = namespace == null ? null : BY_NAMESPACE.get(namespace);
        if (file == null) {
            throw new IllegalStateException("no stored schema for namespace " + namespace + " (" + systemId + ")");
        }
        URL url = url(file);
        LSInput input = LS.createLSInput();
        try {
            input.setByteStream(url.openStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        input.setSystemId(url.toExternalForm());
        return input;
    };

    /** XLIFF 1.2 strict, with the schema of the fixtures' extension namespace. */
    static final Schema STRICT_1_2 = schema("xliff-core-1.2-strict.xsd", "newsroom-cms.xsd");
    /** XLIFF 2.0 core with the matches module (and the metadata module it imports). */
    static final Schema CORE_2_0_WITH_MATCHES = schema("xliff-core-2.0.xsd", "matches.xsd");

    private XliffSchemas() {
    }

    /** Every schema error in the document, as "line:column: message"; empty when it is valid. */
    static List<String> errors(Schema schema, byte[] xliff) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setResourceResolver(LOCAL);
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private static Schema schema(String... files) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(LOCAL);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // The JDK checks an import's declared location (http for xml.xsd) even when the resolver
            // supplies the file; the resolver answers every import or fails, so nothing is fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
            Source[] sources = new Source[files.length];
            for (int i = 0; i < files.length; i++) {
                URL url = url(files[i]);
                sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(String file) {
        URL url = XliffSchemas.class.getResource(DIR + file);
        if (url == null) {
            throw new IllegalStateException("schema not stored: " + DIR + file);
        }
        return url;
    }

    private static DOMImplementationLS domLoadAndSave() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
