package io.dragoman.cat;

import io.dragoman.text.LanguageTag;
import java.util.Optional;

/**
 * Language codes as the tools write them: gettext style ({@code en_GB}, Weblate's lower-cased
 * {@code en_us}), BCP 47 ({@code ar-SA}, MateCat) or bare ({@code ar}). Dragoman holds Arabic and
 * English; any other language, or a code that is no language tag, is a pair it has nothing for.
 */
final class ToolLanguage {
    private ToolLanguage() {
    }

    /** The code as a canonical tag, region kept ({@code en_us} → {@code en-US}); empty when unreadable. */
    static Optional<LanguageTag> read(String code) {
        if (code == null || code.isBlank() || !LanguageTag.isValid(code)) {
            return Optional.empty();
        }
        return Optional.of(LanguageTag.of(code));
    }

    /** True when Dragoman can match from {@code source} to {@code target}: Arabic and English, either way. */
    static boolean servable(LanguageTag source, LanguageTag target) {
        return (source.isArabic() && target.isEnglish()) || (source.isEnglish() && target.isArabic());
    }
}
