package io.dragoman.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dragoman.account.MemoryAccess;
import io.dragoman.account.MemoryAccessView;
import io.dragoman.tm.MemoryView;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A memory as {@code GET /api/memories} shows it: its units counted, its access ({@code team} or
 * {@code restricted}) for everyone who reads it, and its members only for admins, who manage them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemoryEntry(long id, String name, String description, OffsetDateTime createdAt, long units,
                          String access, List<MemoryAccessView.Member> members) {

    static MemoryEntry of(MemoryView memory, MemoryAccessView access, boolean withMembers) {
        // A memory made after the access was read is a new one, and new memories are team memories.
        String level = access == null ? MemoryAccess.TEAM : access.access();
        List<MemoryAccessView.Member> members = !withMembers ? null : access == null ? List.of() : access.members();
        return new MemoryEntry(memory.id(), memory.name(), memory.description(), memory.createdAt(), memory.units(),
                level, members);
    }
}
