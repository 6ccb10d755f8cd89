package io.dragoman.account;

import java.util.List;

/**
 * Who may use a memory: {@code access} is {@code team} (every signed-in user reads, translators
 * and up write units), {@code restricted} (only the members and admins) or {@code public} (as
 * team, and read by anybody without signing in); the members are users by name, each with or
 * without the right to write units. Groups are not supported.
 */
public record MemoryAccessView(long memoryId, String access, List<Member> members) {
    public record Member(String username, boolean write) {
    }

    public MemoryAccessView {
        members = List.copyOf(members);
    }
}
