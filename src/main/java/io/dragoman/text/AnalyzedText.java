package io.dragoman.text;

import java.util.List;
import java.util.Objects;

/**
 * A text read once for matching: every token, the scored ones (all but punctuation) and their
 * normalised forms joined by single spaces, the form the match index and its character-level
 * tie-break compare. A lookup analyses its query once and hands the result to the candidate
 * filter, the ranker, the fold report and the glossary; a matched text is analysed once too.
 *
 * <pre>{@code
 * AnalyzedText q = AnalyzedText.of("Copied %s files.", LanguageTag.ENGLISH);
 * q.scored()   // WORD Copied, PLACEHOLDER %s, WORD files
 * q.norm()     // "copied %s files"
 * }</pre>
 */
public record AnalyzedText(String text, LanguageTag language, List<Token> tokens, List<Token> scored, String norm) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        tokens = List.copyOf(tokens);
        scored = List.copyOf(scored);
        Objects.requireNonNull(norm, "norm");
    }

    /** Tokenises {@code text}, written in {@code language}. */
    public static AnalyzedText of(String text, LanguageTag language) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Token> scored = tokens.stream().filter(Token::isScored).toList();
        return new AnalyzedText(text, language, tokens, scored, join(scored));
    }

    /** The normalised forms of {@code scored} joined by single spaces. */
    public static String join(List<Token> scored) {
        StringBuilder sb = new StringBuilder();
        for (Token t : scored) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }
}
