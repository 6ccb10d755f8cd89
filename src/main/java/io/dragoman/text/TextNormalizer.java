package io.dragoman.text;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The matching normal form of a text, for Arabic and English alike. The original text is never
 * replaced by it: units are stored as received, and this form is derived for the index, queries,
 * the glossary recognizer and QA.
 *
 * <p>The folds, in the order applied (each is a {@link Fold}; the order matters where noted):
 * <ol>
 *   <li>{@link Fold#COMPATIBILITY}: NFKC, then invisible format controls removed. First, because
 *       NFKC turns the presentation forms (ﻻ, ﺍ…) into the letters the later folds know.</li>
 *   <li>{@link Fold#DIACRITICS} and {@link Fold#LETTER_FORMS}: {@link ArabicNormalizer}.</li>
 *   <li>{@link Fold#DIGITS}: every decimal digit (٠-٩, ۰-۹, …) to ASCII; ٫ → '.', ٬ → ','.</li>
 *   <li>{@link Fold#PUNCTUATION}: ، → ',', ؛ → ';', ؟ → '?', ٪ → '%'; typographic quotes and
 *       apostrophes (’ ‘ ‚ ‛ ′ ` ´ and “ ” „ ‟ ″ « ») → ' and ".</li>
 *   <li>{@link Fold#ACCELERATORS}: the text's accelerator marker removed ({@link Accelerators}).
 *       After the folds above, which can put a letter right after a marker (a removed mark or
 *       control, a compatibility form), so that a second pass finds nothing more to remove.</li>
 *   <li>{@link Fold#CASE}: lower case (root locale: no Turkish dotless-i surprises).</li>
 *   <li>{@link Fold#WHITESPACE}: every run of whitespace (including no-break spaces) → one space,
 *       trimmed. Last, because removed marks and controls may leave spaces side by side.</li>
 * </ol>
 */
public final class TextNormalizer {
    private static final Set<Fold> ALL = Fold.all();
    private static final int MAX_PASSES = 3;

    private TextNormalizer() {
    }

    /** The full matching form: every {@link Fold}. */
    public static String normalize(String text) {
        return normalize(text, ALL);
    }

    /** Applies only the given folds (the matcher uses this to name what made two texts differ). */
    public static String normalize(String text, Set<Fold> folds) {
        String s = fold(text, folds);
        // Removing a control, a mark or a tatweel can leave marks out of canonical order or a
        // letter and a mark that compose (e, U+200F, U+0301); folding again until NFKC holds keeps the
        // form idempotent, so a stored form and a query's form of it agree. Rare: one pass is the rule.
        for (int pass = 0; pass < MAX_PASSES && folds.contains(Fold.COMPATIBILITY)
                && !Normalizer.isNormalized(s, Normalizer.Form.NFKC); pass++) {
            s = fold(s, folds);
        }
        return s;
    }

    private static String fold(String text, Set<Fold> folds) {
        String s = text;
        if (folds.contains(Fold.COMPATIBILITY)) {
            s = compatibility(s);
        }
        boolean marks = folds.contains(Fold.DIACRITICS);
        boolean letters = folds.contains(Fold.LETTER_FORMS);
        if (marks && letters) {
            s = ArabicNormalizer.normalize(s);
        } else if (marks) {
            s = ArabicNormalizer.removeMarks(s);
        } else if (letters) {
            s = ArabicNormalizer.foldLetterForms(s);
        }
        s = mapChars(s, folds.contains(Fold.DIGITS), folds.contains(Fold.PUNCTUATION));
        if (folds.contains(Fold.ACCELERATORS)) {
            s = Accelerators.strip(s);
        }
        if (folds.contains(Fold.CASE)) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (folds.contains(Fold.WHITESPACE)) {
            s = collapseWhitespace(s);
        }
        return s;
    }

    /** Every fold but the given ones. */
    public static Set<Fold> allBut(Fold excluded) {
        Set<Fold> folds = EnumSet.allOf(Fold.class);
        folds.remove(excluded);
        return folds;
    }

    static String compatibility(String s) {
        String nfkc = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = null;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                if (sb == null) {
                    sb = new StringBuilder(nfkc.length()).append(nfkc, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? nfkc : sb.toString();
    }

    private static String mapChars(String s, boolean digits, boolean punctuation) {
        if (!digits && !punctuation) {
            return s;
        }
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char mapped = c;
            if (digits) {
                mapped = foldDigit(mapped);
            }
            if (punctuation) {
                mapped = foldPunctuation(mapped);
            }
            if (mapped != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = mapped;
            }
        }
        return out == null ? s : new String(out);
    }

    /** A decimal digit of any script to ASCII; the Arabic decimal/thousands separators to . and ,. */
    static char foldDigit(char c) {
        if (c < 128) {
            return c;
        }
        if (c == '\u066B') {
            return '.';
        }
        if (c == '\u066C') {
            return ',';
        }
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return (char) ('0' + Character.digit(c, 10));
        }
        return c;
    }

    static char foldPunctuation(char c) {
        switch (c) {
            case '\u060C': return ',';
            case '\u061B': return ';';
            case '\u061F': return '?';
            case '\u066A': return '%';
            case '\u2019': case '\u2018': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return '"';
            default:
                return c;
        }
    }

    static String collapseWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                changed |= c != ' ' || pendingSpace || sb.length() == 0 || i == s.length() - 1;
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return changed ? sb.toString() : s;
    }

    /** Whitespace including the no-break spaces Java's {@code isWhitespace} leaves out. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
