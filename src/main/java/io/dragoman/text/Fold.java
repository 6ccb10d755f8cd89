package io.dragoman.text;

import java.util.EnumSet;
import java.util.Set;

/**
 * The families of differences that matching ignores. {@link TextNormalizer} applies a chosen set
 * of them; the matcher applies all of them, and names the ones that made two texts differ when it
 * explains a "normalised" match.
 */
public enum Fold {
    /** Unicode NFKC (presentation forms, the lam-alef ligature, full-width Latin) and removal of
     *  invisible format controls (bidi marks, ZWNJ, soft hyphen). */
    COMPATIBILITY,
    /** Harakat, tanwin, shadda, sukun, dagger alef, Quranic annotation marks and tatweel. */
    DIACRITICS,
    /** Alef variants, alef maksura, teh marbuta and the Persian/Urdu letter forms. */
    LETTER_FORMS,
    /** Arabic-Indic and Persian digits to ASCII, Arabic decimal and thousands separators. */
    DIGITS,
    /** Arabic comma, semicolon and question mark; quotes and apostrophes unified. */
    PUNCTUATION,
    /** UI accelerator markers: {@code &File}, {@code _Open}, {@code ~Save}, {@code De&lete}, {@code الإ_سم}
     *  ({@link Accelerators} says what counts as one). */
    ACCELERATORS,
    /** Case folding (English and other cased scripts). */
    CASE,
    /** Runs of whitespace collapse to one space; leading and trailing space removed. */
    WHITESPACE;

    /** The name used in API responses: {@code letter-forms}, {@code diacritics}… */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Every fold: the matching normal form. */
    public static Set<Fold> all() {
        return EnumSet.allOf(Fold.class);
    }
}
