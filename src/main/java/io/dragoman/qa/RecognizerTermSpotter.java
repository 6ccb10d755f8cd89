package io.dragoman.qa;

import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.text.LanguageTag;
import java.util.List;
import java.util.Set;

/** The glossary's recognizer seen through {@link TermSpotter}; proper names as of the run's start. */
final class RecognizerTermSpotter implements TermSpotter {
    private final TermRecognizer recognizer;
    private final Set<Long> properNames;

    RecognizerTermSpotter(TermRecognizer recognizer, Set<Long> properNames) {
        this.recognizer = recognizer;
        this.properNames = Set.copyOf(properNames);
    }

    /** Several checks ask about the same text in a row: the last answers of each thread are kept. */
    private record Asked(String text, String lang, String otherLang, List<Hit> hits) {
    }

    private static final int REMEMBERED = 4;
    private final ThreadLocal<Asked[]> recent = ThreadLocal.withInitial(() -> new Asked[REMEMBERED]);

    @Override
    public List<Hit> find(String text, String lang, String otherLang) {
        Asked[] asked = recent.get();
        for (Asked a : asked) {
            if (a != null && a.text() == text && a.lang().equals(lang) && a.otherLang().equals(otherLang)) {
                return a.hits();
            }
        }
        List<TermHit> hits = recognizer.recognize(text, LanguageTag.of(lang), LanguageTag.of(otherLang));
        List<Hit> result = hits.stream().map(h -> new Hit(h.conceptId(), h.term(), h.status(), Span.of(h.start(), h.end()),
                h.targets().stream().map(TermHit.TargetTerm::text).toList())).toList();
        System.arraycopy(asked, 0, asked, 1, REMEMBERED - 1);
        asked[0] = new Asked(text, lang, otherLang, result);
        return result;
    }

    @Override
    public boolean isProperName(long conceptId) {
        return properNames.contains(conceptId);
    }
}
