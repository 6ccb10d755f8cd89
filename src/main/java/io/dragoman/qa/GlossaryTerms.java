package io.dragoman.qa;

import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.text.LanguageTag;
import java.util.List;
import java.util.Set;

/**
 * The glossary as the terminology checks see it: the terms a {@link TermRecognizer} finds in a
 * text, and which concepts are proper names (as of the run's start), which may stay in their own
 * script.
 */
public final class GlossaryTerms {
    private static final int REMEMBERED = 4;

    private final TermRecognizer recognizer;
    private final Set<Long> properNames;
    /** Several checks ask about the same text in a row: the last answers of each thread are kept. */
    private final ThreadLocal<Asked[]> recent = ThreadLocal.withInitial(() -> new Asked[REMEMBERED]);

    public GlossaryTerms(TermRecognizer recognizer, Set<Long> properNames) {
        this.recognizer = recognizer;
        this.properNames = Set.copyOf(properNames);
    }

    private record Asked(String text, String lang, String otherLang, List<TermHit> hits) {
    }

    /** Every term of {@code lang} in {@code text}, each with the concept's terms to use in {@code otherLang}. */
    public List<TermHit> find(String text, String lang, String otherLang) {
        Asked[] asked = recent.get();
        for (Asked a : asked) {
            if (a != null && a.text() == text && a.lang().equals(lang) && a.otherLang().equals(otherLang)) {
                return a.hits();
            }
        }
        List<TermHit> hits = recognizer.recognize(text, LanguageTag.of(lang), LanguageTag.of(otherLang));
        System.arraycopy(asked, 0, asked, 1, REMEMBERED - 1);
        asked[0] = new Asked(text, lang, otherLang, hits);
        return hits;
    }

    /** Whether the glossary holds a deprecated or forbidden term of {@code lang}: else no hit in it is flagged. */
    public boolean holdsDiscouraged(String lang) {
        return recognizer.holdsDiscouraged(LanguageTag.of(lang));
    }

    /** Whether the concept names a person, place or organisation (kept as is in any script). */
    public boolean isProperName(long conceptId) {
        return properNames.contains(conceptId);
    }
}
