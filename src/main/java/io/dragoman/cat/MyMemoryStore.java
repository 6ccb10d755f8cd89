package io.dragoman.cat;

import io.dragoman.account.SignedIn;
import io.dragoman.audit.AuditLog;
import io.dragoman.core.DragomanException;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.UnitService;
import io.dragoman.tm.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * MyMemory's {@code set} as MateCat sends it when a translator confirms a segment: with an API
 * token the pair becomes a unit of the memory the URL names, written as the token's owner and
 * recorded in the audit trail like any other unit; without one it is answered and not written,
 * as before tokens existed, so a MateCat that was never given a token keeps working.
 */
@ApplicationScoped
class MyMemoryStore {
    private final ReadableMemories readable;
    private final MemoryResolver memories;
    private final UnitService tm;
    private final AuditLog audit;

    MyMemoryStore(ReadableMemories readable, MemoryResolver memories, UnitService tm, AuditLog audit) {
        this.readable = readable;
        this.memories = memories;
        this.tm = tm;
        this.audit = audit;
    }

    Response set(String segment, String translation, String langpair, ReadableMemories.Caller asked) {
        Optional<SignedIn> writer = readable.writer(asked);
        if (writer.isEmpty()) {
            return MyMemoryAnswers.notWritten();
        }
        Optional<ToolLookup.Pair> pair = ToolLookup.pair(langpair);
        if (pair.isEmpty()) {
            return MyMemoryAnswers.refused(403, "INVALID LANGUAGE PAIR SPECIFIED: Dragoman stores ar-SA|en-US and en-US|ar-SA");
        }
        if (segment == null || segment.isBlank() || translation == null || translation.isBlank()) {
            return MyMemoryAnswers.refused(403, "NO SEGMENT OR TRANSLATION SPECIFIED: set needs seg and tra");
        }
        ReadableMemories.Caller caller = readable.withDefaultMemory(asked);
        if (caller.memory() == null || caller.memory().isBlank()) {
            return MyMemoryAnswers.refused(403, "NO MEMORY SPECIFIED: give MateCat the base URL /mymemory/memory/NAME,"
                    + " or a key whose token has a default memory");
        }
        String user = writer.get().username();
        try {
            long memory = memories.require("memory", caller.memory()).id();
            memories.requireWritable("memory", memory);
            UnitView created = tm.createUnit(new UnitDraft(memory, pair.get().source().tag(), pair.get().target().tag(),
                    segment, translation, null, null, null, user, null, null, null, 0, null, null));
            audit.record(user, writer.get().tokenId(), "POST /mymemory/set", 201, memory, "unit " + created.id(), null,
                    created);
            return MyMemoryAnswers.stored(created.id());
        } catch (DragomanException e) {
            return MyMemoryAnswers.refused(e.status() == 404 ? 404 : 403, e.getMessage());
        }
    }
}
