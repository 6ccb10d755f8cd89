package io.dragoman.match;

import io.dragoman.text.Token;
import java.util.List;

/**
 * A run of tokens in a text: UTF-16 offsets (what Java and JavaScript index by) and code-point
 * offsets (Python, Swift), both in logical order, so right-to-left text needs no special care;
 * {@code text} is the original text between them.
 */
public record Span(int start, int end, int codePointStart, int codePointEnd, String text) {

    /** The span from the first to the last of {@code tokens[from..to)} in {@code text}. */
    static Span of(String text, List<Token> tokens, int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Span(start, end, text.codePointCount(0, start), text.codePointCount(0, end),
                text.substring(start, end));
    }
}
