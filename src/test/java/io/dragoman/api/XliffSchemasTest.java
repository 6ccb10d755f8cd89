package io.dragoman.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored schemas accept the fixtures Dragoman pre-translates and reject what the standard forbids. */
class XliffSchemasTest {
    @Test
    void theFixturesAreValidBeforeDragomanTouchesThem() throws Exception {
        assertEquals(List.of(), XliffSchemas.errors(XliffSchemas.STRICT_1_2, PretranslateResourceTest.xliff("project-1.2.xlf")));
        assertEquals(List.of(), XliffSchemas.errors(XliffSchemas.CORE_2_0_WITH_MATCHES, PretranslateResourceTest.xliff("brief-2.0.xlf")));
    }

    @Test
    void aTargetBeforeItsSourceAndAnUnknownMatchAttributeAreRejected() throws Exception {
        String v12 = new String(PretranslateResourceTest.xliff("project-1.2.xlf"), StandardCharsets.UTF_8)
                .replace("<source xml:lang=\"en\">The spokesman said the talks would last 3 days.</source>\n        <target xml:lang=\"ar\"/>",
                        "<target xml:lang=\"ar\"/><source xml:lang=\"en\">The spokesman said the talks would last 3 days.</source>");
        List<String> errors = XliffSchemas.errors(XliffSchemas.STRICT_1_2, v12.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("15:"), errors.toString());

        String v20 = new String(PretranslateResourceTest.xliff("brief-2.0.xlf"), StandardCharsets.UTF_8)
                .replace("<unit id=\"u3\">", "<unit id=\"u3\"><mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\">"
                        + "<mtc:match ref=\"#s4\" matchQuality=\"120\"><source>a</source><target>b</target></mtc:match></mtc:matches>");
        errors = XliffSchemas.errors(XliffSchemas.CORE_2_0_WITH_MATCHES, v20.getBytes(StandardCharsets.UTF_8));
        assertTrue(errors.stream().anyMatch(e -> e.contains("120")), "matchQuality is at most 100: " + errors);
    }
}
