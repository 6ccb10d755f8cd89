package io.dragoman.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    private final ObjectMapper json = new ObjectMapper();
    private final AuditLog log = new AuditLog(null, json);

    @Test
    void aChangeTooLargeForTheTrailStaysOneJsonDocumentWithTheSideThatFits() throws Exception {
        // A sync import's report listing every problem of a large file.
        List<String> problems = Collections.nCopies(5000, "big.tmx:12:7: <seg> has no text");
        String changes = log.changes(Map.of("memory", "قوة حفظ السلام"), Map.of("problems", problems));

        assertTrue(changes.length() <= AuditLog.MAX_CHANGES, "length " + changes.length());
        JsonNode node = json.readTree(changes);
        assertEquals("قوة حفظ السلام", node.at("/before/memory").asText());
        assertEquals("too large for the audit trail", node.at("/after/omitted").asText());
        assertTrue(node.at("/after/characters").asInt() > AuditLog.MAX_CHANGES, changes);
    }

    @Test
    void aChangeThatFitsIsKeptWhole() throws Exception {
        JsonNode node = json.readTree(log.changes(null, Map.of("status", "deprecated")));
        assertTrue(node.get("before").isNull());
        assertEquals("deprecated", node.at("/after/status").asText());
    }
}
