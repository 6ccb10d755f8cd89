package io.dragoman.text;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Violation;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A BCP 47 language tag in canonical case: {@code ar}, {@code en}, {@code ar-SA}, {@code en-US}.
 * Accepts what other tools write ({@code AR}, {@code ar_SA}, {@code EN-us}) and keeps the region
 * when one is given.
 */
public record LanguageTag(String tag) {
    /**
     * Tags as written, by their canonical form: an import checks two or three tags per unit and
     * meets the same few all along, and building a {@link Locale} each time was 3.5 % of its time.
     * Declared before the constants, whose construction reads it.
     */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final int CANONICAL_LIMIT = 1000;
    public static final LanguageTag ARABIC = new LanguageTag("ar");
    public static final LanguageTag ENGLISH = new LanguageTag("en");

    public LanguageTag {
        Objects.requireNonNull(tag, "tag");
        if (!tag.equals(canonical(tag))) {
            throw new IllegalArgumentException("not a canonical language tag: " + tag);
        }
    }

    /**
     * Parses a tag as written by users and other tools.
     *
     * @throws IllegalArgumentException when the text is not a well-formed language tag
     */
    public static LanguageTag of(String text) {
        return new LanguageTag(canonical(text));
    }

    /** True when {@code text} parses as a language tag. */
    public static boolean isValid(String text) {
        try {
            canonical(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a required language field of a request. A blank or malformed value adds a violation
     * naming {@code field}, so that one answer lists every bad field, and gives null.
     */
    public static LanguageTag parse(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
            return null;
        }
        return parseOptional(field, value, violations);
    }

    /** As {@link #parse(String, String, List)}, but an absent value is no violation and gives null. */
    public static LanguageTag parseOptional(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!isValid(value)) {
            violations.add(new Violation(field, "'" + value + "' is not a BCP 47 language tag"));
            return null;
        }
        return of(value);
    }

    /** Reads a required language field, refusing the request at once when it is blank or malformed. */
    public static LanguageTag parse(String field, String value) {
        List<Violation> violations = new ArrayList<>(1);
        LanguageTag tag = parse(field, value, violations);
        throwIfAny(violations);
        return tag;
    }

    /** Reads an optional language field: null when absent, a refusal when malformed. */
    public static LanguageTag parseOptional(String field, String value) {
        List<Violation> violations = new ArrayList<>(1);
        LanguageTag tag = parseOptional(field, value, violations);
        throwIfAny(violations);
        return tag;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String canonical(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a language tag must not be empty");
        }
        String known = CANONICAL.get(text);
        if (known != null) {
            return known;
        }
        String canonical = parse(text);
        if (CANONICAL.size() < CANONICAL_LIMIT) {
            CANONICAL.put(text, canonical);
        }
        return canonical;
    }

    private static String parse(String text) {
        String cleaned = text.strip().replace('_', '-');
        try {
            Locale locale = new Locale.Builder().setLanguageTag(cleaned).build();
            String canonical = locale.toLanguageTag();
            if (locale.getLanguage().isEmpty() || "und".equals(canonical)) {
                throw new IllegalArgumentException("not a language tag: " + text);
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a language tag: " + text, e);
        }
    }

    /**
     * The language a text is most likely in, from its script: Arabic when it has at least as many
     * Arabic letters as Latin ones (and at least one), English otherwise. Dragoman's two languages
     * do not share a script, so the count settles it without a language model.
     */
    public static LanguageTag guess(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return arabic >= latin && arabic > 0 ? ARABIC : ENGLISH;
    }

    /** The primary language subtag: {@code ar} for {@code ar-SA}. */
    public String language() {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    public boolean isArabic() {
        return "ar".equals(language());
    }

    public boolean isEnglish() {
        return "en".equals(language());
    }

    @Override
    public String toString() {
        return tag;
    }
}
