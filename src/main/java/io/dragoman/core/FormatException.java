package io.dragoman.core;

/**
 * A file (TMX, TBX, CSV, a document) is not what it claims to be. Carries where the problem is,
 * so that the user can open the file at that line and column.
 */
public final class FormatException extends DragomanException {
    private final String file;
    private final long line;
    private final long column;

    public FormatException(String file, long line, long column, String message) {
        this(file, line, column, message, null);
    }

    public FormatException(String file, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** File name as the user gave it; may be null for a raw request body. */
    public String file() { return file; }

    /** 1-based line, or -1 when unknown. */
    public long line() { return line; }

    /** 1-based column, or -1 when unknown. */
    public long column() { return column; }

    @Override
    public Problem toProblem() {
        return super.toProblem().at(file, line, column);
    }

    @Override public String type() { return "format-error"; }

    @Override public String title() { return "Malformed file"; }

    @Override public int status() { return 422; }
}
