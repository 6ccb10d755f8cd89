package io.dragoman.core;

/**
 * The embedded database's file was deleted or replaced under the running node. The node still
 * holds the old file open, so it can read, but whatever it wrote from here on would vanish when it
 * stops: writes are refused until an operator restores the rescue copy it made.
 */
public final class DatabaseFileLostException extends DragomanException {
    public DatabaseFileLostException(String message) {
        super(message);
    }

    @Override public String type() { return "database-file-lost"; }

    @Override public String title() { return "Database file lost"; }

    @Override public int status() { return 503; }
}
