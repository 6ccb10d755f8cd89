package io.dragoman.account;

import java.util.Set;

/**
 * The memories one caller may not read and may not write units into. Only restricted memories
 * appear here: a team memory is read by everyone signed in and written by every translator, as
 * the roles already say. Both sets are empty for an admin and for the command line.
 */
public record MemoryScope(Set<Long> unreadable, Set<Long> unwritable) {
    public static final MemoryScope EVERYTHING = new MemoryScope(Set.of(), Set.of());

    public MemoryScope {
        unreadable = Set.copyOf(unreadable);
        unwritable = Set.copyOf(unwritable);
    }

    public boolean reads(long memory) {
        return !unreadable.contains(memory);
    }

    public boolean writes(long memory) {
        return !unwritable.contains(memory);
    }

    /** True when some memory is hidden from the caller, so that "every memory" must be spelt out. */
    public boolean hidesAny() {
        return !unreadable.isEmpty();
    }
}
