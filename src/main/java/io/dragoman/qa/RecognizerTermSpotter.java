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

    @Override
    public List<Hit> find(String text, String lang, String otherLang) {
        List<TermHit> hits = recognizer.recognize(text, LanguageTag.of(lang), LanguageTag.of(otherLang));
        return hits.stream().map(h -> new Hit(h.conceptId(), h.term(), h.status(), Span.of(h.start(), h.end()),
                h.accepted().stream().map(TermHit.TargetTerm::text).toList())).toList();
    }

    @Override
    public boolean isProperName(long conceptId) {
        return properNames.contains(conceptId);
    }
}
