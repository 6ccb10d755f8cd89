package io.dragoman.glossary;

import io.dragoman.core.FormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimiter-separated records (RFC 4180 CSV, or TSV with the same quoting): a field that
 * starts with {@code "} is quoted, may hold the delimiter and line breaks, and writes a quote as
 * {@code ""}; any other field runs to the next delimiter or line end. CR LF and LF both end a
 * record; a leading byte-order mark is skipped.
 */
final class DelimitedText {
    private static final int EOF = -1;

    /** One field and where it starts (1-based line and column). */
    record Cell(String text, long line, long column) {
    }

    /** One record and the line it starts on. */
    record Row(long line, List<Cell> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(c -> c.text().isBlank());
        }
    }

    private final Reader in;
    private final char delimiter;
    private final String fileName;
    private int peeked = -2;
    private long line = 1;
    private long column = 0;

    DelimitedText(Reader in, char delimiter, String fileName) {
        this.in = in;
        this.delimiter = delimiter;
        this.fileName = fileName;
    }

    /** The next record, or null at the end of the input. */
    Row next() {
        if (peek() == '\uFEFF' && line == 1 && column == 0) {
            read();
        }
        if (peek() == EOF) {
            return null;
        }
        long start = line;
        List<Cell> cells = new ArrayList<>();
        while (true) {
            long cellLine = line;
            long cellColumn = column + 1;
            cells.add(new Cell(peek() == '"' ? quoted() : plain(), cellLine, cellColumn));
            int c = read();
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            return new Row(start, cells);
        }
    }

    private String plain() {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = peek()) != EOF && c != delimiter && c != '\n' && c != '\r') {
            sb.append((char) read());
        }
        return sb.toString();
    }

    private String quoted() {
        long openLine = line;
        long openColumn = column + 1;
        read();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new FormatException(fileName, openLine, openColumn, "the quoted field is not closed");
            }
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                read();
            }
            sb.append((char) c);
        }
        int after = peek();
        if (after != delimiter && after != '\n' && after != '\r' && after != EOF) {
            throw new FormatException(fileName, line, column + 1,
                    "a quoted field must end at a delimiter or line end; write a quote inside it as \"\"");
        }
        return sb.toString();
    }

    private int peek() {
        if (peeked == -2) {
            try {
                peeked = in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return peeked;
    }

    private int read() {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
            column = 0;
        } else if (c != EOF) {
            column++;
        }
        return c;
    }
}
