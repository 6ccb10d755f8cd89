package io.dragoman.align;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import io.dragoman.text.LanguageTag;
import java.util.Optional;

/**
 * Catches a document sent as the wrong language: most of its letters must be in the script that
 * ICU4J gives for the language (Arabic for {@code ar}, Latin for {@code en}). Languages written
 * in several scripts, or unknown to ICU, are not checked.
 */
final class ScriptCheck {
    /** Below this share of letters in the expected script, the text is taken for another language. */
    static final double MIN_SHARE = 0.5;

    private ScriptCheck() {
    }

    /** What is wrong with the text for this language, if anything. */
    static Optional<String> problem(String text, LanguageTag language) {
        int[] scripts = UScript.getCode(new ULocale(language.tag()));
        if (scripts == null || scripts.length != 1) {
            return Optional.empty();
        }
        int expected = scripts[0];
        int letters = 0;
        int matching = 0;
        int[] counts = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int script = UScript.getScript(cp);
                letters++;
                counts[script]++;
                if (script == expected) {
                    matching++;
                }
            }
        }
        if (letters == 0 || matching >= MIN_SHARE * letters) {
            return Optional.empty();
        }
        int dominant = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[dominant]) {
                dominant = s;
            }
        }
        return Optional.of(String.format("is mostly %s script (%d of %d letters), not %s as %s is written",
                UScript.getName(dominant), counts[dominant], letters, UScript.getName(expected), language.tag()));
    }
}
