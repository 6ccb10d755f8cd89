package io.dragoman.text;

import java.util.Objects;

/**
 * One token of a text: its kind, its text exactly as written ({@code surface}), its matching
 * form ({@code norm}, see {@link TextNormalizer}) and its place in the original text as UTF-16
 * offsets, {@code start} inclusive and {@code end} exclusive, as in a {@link Span}. The offsets are
 * plain fields rather than a {@code Span} because a bulk import creates millions of tokens;
 * {@link #span()} makes one when a caller wants it.
 */
public record Token(Kind kind, String surface, String norm, int start, int end) {
    public enum Kind {
        /** Letters, with their marks and joiners; apostrophes between letters stay inside. */
        WORD,
        /** Digits of any script, with inner decimal and thousands separators: 3.8, ٣٫٨, 1,000. */
        NUMBER,
        /** One punctuation or symbol character. */
        PUNCT,
        /** Software and markup placeholders that a translation must keep: %s, %1$d, {0}, inline tags. */
        PLACEHOLDER
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(norm, "norm");
        if (start < 0 || end - start != surface.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit '" + surface + "'");
        }
    }

    /** Where this token is in the text it came from. */
    public Span span() {
        return new Span(start, end);
    }

    /**
     * Whether this token comes from the same character as {@code before}, the token just before
     * it: a compatibility character expands into several tokens (ﷺ into four words, ½ into 1, ⁄
     * and 2) that share its offsets, and nothing of the text lies between them.
     */
    public boolean sharesCharacterWith(Token before) {
        return start < before.end;
    }

    /**
     * Whether this is a number written in digits and separators alone, whose digits a translation
     * can have rewritten: not one NFKC reads out of a compatibility character ({@code ½} is 1 and
     * 2, {@code ²} is 2), which has no digit to replace, nor a label's numbered key ({@code 1_0}).
     */
    public boolean isWrittenInDigits() {
        return kind == Kind.NUMBER && surface.codePoints().allMatch(c -> Character.isDigit(c)
                || Tokenizer.isNumberSeparator(c) || Character.getType(c) == Character.FORMAT);
    }

    /** True for the kinds that count in word-level scoring (everything but punctuation). */
    public boolean isScored() {
        return kind != Kind.PUNCT;
    }
}
