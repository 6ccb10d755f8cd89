package io.dragoman.match;

import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lookup's glossary terms come from the glossary's own clitic-aware recognizer, so a query
 * with «ولقوة حفظ السلام» reports the peacekeeping-force concept just as the recognize endpoint
 * does. Preferred target terms come first, then admitted ones, then those to avoid.
 */
@ApplicationScoped
public class GlossaryTermSpotter implements TermSpotter {
    private final TermRecognizer recognizer;

    GlossaryTermSpotter(TermRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public List<RecognisedTerm> spot(String text, String lang, String targetLang) {
        LanguageTag source = LanguageTag.of(lang);
        List<TermHit> hits = targetLang == null ? recognizer.recognize(text, source)
                : recognizer.recognize(text, source, LanguageTag.of(targetLang));
        List<RecognisedTerm> found = new ArrayList<>(hits.size());
        for (TermHit hit : hits) {
            Span span = new Span(hit.start(), hit.end(), hit.codePointStart(), hit.codePointEnd(), hit.surface());
            List<RecognisedTerm.Equivalent> equivalents = Stream.concat(hit.targets().stream(), hit.avoid().stream())
                    .map(t -> new RecognisedTerm.Equivalent(t.lang(), t.text(), t.status().code()))
                    .toList();
            found.add(new RecognisedTerm(hit.conceptId(), hit.externalId(), span, hit.term(), hit.status().code(), equivalents));
        }
        return found;
    }

    @Override
    public List<String> terms(long conceptId, String lang) {
        return recognizer.terms(conceptId, LanguageTag.of(lang));
    }
}
