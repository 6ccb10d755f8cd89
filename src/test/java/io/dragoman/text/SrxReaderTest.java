package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dragoman.core.FormatException;
import io.dragoman.core.HostileFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's {@code dragoman.segmentation.srx} is read at start: a rules file with a DOCTYPE is
 * refused before any entity is declared, so it can neither read a local file nor reach the network.
 */
class SrxReaderTest {
    private static final String BODY = """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><body><languagerules>
            <languagerule languagerulename="X"><rule><beforebreak>&x;</beforebreak></rule>
            </languagerule></languagerules></body></srx>""";

    @TempDir
    Path dir;
    private HostileFile hostile;
    private Path secret;

    @BeforeEach
    void open() throws IOException {
        hostile = new HostileFile(dir);
        secret = dir.resolve("secret.txt");
    }

    @AfterEach
    void close() {
        hostile.close();
    }

    @Test
    void anEntityNamingALocalFileIsRefused() throws IOException {
        refused("<!DOCTYPE srx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>");
    }

    @Test
    void anExternalDtdIsRefused() throws IOException {
        refused("<!DOCTYPE srx SYSTEM \"" + secret.toUri() + "\">");
        refused("<!DOCTYPE srx SYSTEM \"" + hostile.dtdUrl() + "\">");
    }

    @Test
    void aParameterEntityIsRefused() throws IOException {
        refused("<!DOCTYPE srx [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>");
        refused("<!DOCTYPE srx [<!ENTITY % p SYSTEM \"" + hostile.dtdUrl() + "\"> %p;]>");
    }

    @Test
    void nestedEntityExpansionIsRefused() throws IOException {
        refused("<!DOCTYPE srx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY x \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>");
    }

    private void refused(String doctype) throws IOException {
        Path srx = Files.writeString(dir.resolve("rules.srx"), "<?xml version=\"1.0\"?>\n" + doctype + "\n" + BODY);
        FormatException e = assertThrows(FormatException.class, () -> Segmenter.load(srx));
        assertEquals(srx.toString(), e.file());
        assertEquals(2, e.line());
        assertEquals("a DOCTYPE is not allowed in a rules file: Dragoman reads no DTD and resolves no entity",
                e.getMessage());
        assertFalse(e.toString().contains(HostileFile.SECRET), e.toString());
        assertEquals(0, hostile.fetches());
    }
}
