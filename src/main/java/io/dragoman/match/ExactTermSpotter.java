package io.dragoman.match;

import io.dragoman.glossary.ConceptView;
import io.dragoman.glossary.GlossaryChange;
import io.dragoman.glossary.GlossaryService;
import io.dragoman.glossary.TermView;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact recognition on normalised tokens: a term (or one of its variants) is found when the
 * query holds its scored tokens contiguously, compared in matching form (diacritics, alef forms,
 * case… folded), but with no clitic handling: بالقوة does not contain قوة here. The glossary is
 * read once and re-read after any termbase change.
 */
@ApplicationScoped
@DefaultBean
public class ExactTermSpotter implements TermSpotter {
    private record Entry(ConceptView concept, TermView term) {
    }

    private final GlossaryService glossary;
    private volatile Map<String, List<Entry>> byNorm;
    private volatile int longest;

    ExactTermSpotter(GlossaryService glossary) {
        this.glossary = glossary;
    }

    void onGlossaryChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) GlossaryChange change) {
        byNorm = null;
    }

    @Override
    public List<RecognisedTerm> spot(String text, String lang, String targetLang) {
        Map<String, List<Entry>> terms = terms();
        List<Token> tokens = Tokenizer.tokenize(text).stream().filter(Token::isScored).toList();
        List<RecognisedTerm> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int taken = 0;
            for (int length = Math.min(longest, tokens.size() - i); length > 0 && taken == 0; length--) {
                List<Entry> entries = terms.getOrDefault(key(tokens.subList(i, i + length)), List.of());
                java.util.Set<Long> concepts = new java.util.HashSet<>();
                for (Entry e : entries) {
                    if (FuzzyIndex.primary(e.term().lang()).equals(FuzzyIndex.primary(lang))
                            && concepts.add(e.concept().id())) {
                        found.add(recognised(e, Span.of(text, tokens, i, i + length), targetLang));
                        taken = length;
                    }
                }
            }
            i += Math.max(1, taken);
        }
        return found;
    }

    private RecognisedTerm recognised(Entry e, Span span, String targetLang) {
        List<RecognisedTerm.Equivalent> equivalents = e.concept().terms().stream()
                .filter(t -> targetLang == null ? !t.lang().equals(e.term().lang())
                        : FuzzyIndex.primary(t.lang()).equals(FuzzyIndex.primary(targetLang)))
                .sorted(Comparator.comparing(TermView::status))
                .map(t -> new RecognisedTerm.Equivalent(t.lang(), t.text(), t.status().code()))
                .toList();
        return new RecognisedTerm(e.concept().id(), e.concept().subject(), span, e.term().text(),
                e.term().status().code(), equivalents);
    }

    private Map<String, List<Entry>> terms() {
        Map<String, List<Entry>> current = byNorm;
        if (current != null) {
            return current;
        }
        Map<String, List<Entry>> built = new HashMap<>();
        int max = 0;
        for (ConceptView concept : glossary.all()) {
            for (TermView term : concept.terms()) {
                List<String> forms = new ArrayList<>(term.variants());
                forms.add(0, term.text());
                for (String form : forms) {
                    List<Token> tokens = Tokenizer.tokenize(form).stream().filter(Token::isScored).toList();
                    if (!tokens.isEmpty()) {
                        built.computeIfAbsent(key(tokens), k -> new ArrayList<>()).add(new Entry(concept, term));
                        max = Math.max(max, tokens.size());
                    }
                }
            }
        }
        longest = max;
        byNorm = built;
        return built;
    }

    private static String key(List<Token> tokens) {
        return FuzzyIndex.joinNorms(tokens);
    }
}
