package io.dragoman.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes the audit trail. Entries are never changed or deleted through Dragoman. */
@ApplicationScoped
public class AuditLog {
    /** This process among the nodes sharing the database: {@code pid@host}, as the JVM names itself. */
    public static final String NODE = truncate(ManagementFactory.getRuntimeMXBean().getName(), 64);

    /** The {@code changes} column's size. */
    static final int MAX_CHANGES = 65535;

    private final EntityManager em;
    private final ObjectMapper json;

    AuditLog(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Records a write in a transaction of its own: a failed write is recorded too, with its status. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, Long tokenId, String action, int status, Long memoryId, String target,
                       Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.at = OffsetDateTime.now(ZoneOffset.UTC);
        event.username = truncate(username, 100);
        event.tokenId = tokenId;
        event.node = NODE;
        event.action = truncate(action, 200);
        event.status = status;
        event.memoryId = memoryId;
        event.target = truncate(target, 200);
        event.changes = changes(before, after);
        em.persist(event);
    }

    /**
     * Before and after as one JSON document of at most {@link #MAX_CHANGES} characters (the column).
     * A side too large to keep (a sync import's report with every problem of a big file) is replaced
     * by a note of its size: a document cut in the middle would break every reader of the trail.
     */
    String changes(Object before, Object after) {
        if (before == null && after == null) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        node.set("before", json.valueToTree(before));
        node.set("after", json.valueToTree(after));
        try {
            String whole = json.writeValueAsString(node);
            if (whole.length() <= MAX_CHANGES) {
                return whole;
            }
            node.set("before", fitted(node.get("before")));
            node.set("after", fitted(node.get("after")));
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audited change as JSON", e);
        }
    }

    private JsonNode fitted(JsonNode side) throws JsonProcessingException {
        int characters = json.writeValueAsString(side).length();
        if (characters <= MAX_CHANGES / 2 - 100) {
            return side;
        }
        ObjectNode omitted = json.createObjectNode();
        omitted.put("omitted", "too large for the audit trail");
        omitted.put("characters", characters);
        return omitted;
    }

    /**
     * A write of the command line, which works on the database directly (whoever owns the files may
     * run it): recorded as the operating-system user that ran it, with no token and status 0.
     */
    public void command(String action, String target, Object summary) {
        record(System.getProperty("user.name"), null, "cli " + action, 0, null, target, null, summary);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
