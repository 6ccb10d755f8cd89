package io.dragoman.cli;

/**
 * The exit codes of Dragoman's commands, for CI pipelines: 0 done, 2 the input is at fault
 * (a malformed or invalid file, a missing file, a bad option, a cap exceeded, an unknown memory:
 * fixing the input fixes the run), 3 Dragoman or its environment failed (database, disk: retry
 * or call an administrator). 1 is left to the JVM and picocli's own failures.
 */
final class ExitCode {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int FAILURE = 3;

    private ExitCode() {
    }
}
