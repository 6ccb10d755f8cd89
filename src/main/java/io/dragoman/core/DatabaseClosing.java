package io.dragoman.core;

/**
 * Fired just before this process closes its embedded database itself (the command line's
 * compaction after an import), while the process still runs: timers that use the database stop
 * on it, or their next run finds the database closed and logs the failure.
 */
public record DatabaseClosing() {
}
