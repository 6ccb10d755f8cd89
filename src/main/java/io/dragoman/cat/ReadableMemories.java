package io.dragoman.cat;

import io.dragoman.tm.MemoryResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which memories a connector request may read. Today: the memory the request names (by id or
 * name), or every memory when it names none. The tools send a credential ({@code key=} from OmegaT
 * and MateCat, an {@code Authorization} header from others); it is taken here and not yet checked,
 * so that access control decides in this one method for every connector.
 */
@ApplicationScoped
public class ReadableMemories {
    /** What a tool's request says about whom it comes from and what it wants to read. */
    public record Caller(String memory, String key, String authorization) {
    }

    private final MemoryResolver memories;

    ReadableMemories(MemoryResolver memories) {
        this.memories = memories;
    }

    /**
     * The ids of the memories {@code caller} may read; empty means every memory.
     *
     * @throws io.dragoman.core.NotFoundException naming {@code memory} when it names no memory
     */
    public List<Long> of(Caller caller) {
        if (caller.memory() == null || caller.memory().isBlank()) {
            return List.of();
        }
        return List.of(memories.require("memory", caller.memory()).id());
    }

    /** The one memory {@code caller} names, when it may read it. */
    public MemoryResolver.Resolved one(Caller caller) {
        return memories.require("memory", caller.memory());
    }
}
