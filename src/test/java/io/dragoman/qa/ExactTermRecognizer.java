package io.dragoman.qa;

import io.dragoman.glossary.ConceptView;
import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermHit.TargetTerm;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.glossary.TermStatus;
import io.dragoman.glossary.TermView;
import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * A test double of the glossary recognizer for plain unit tests of the terminology checks (the
 * service uses {@link io.dragoman.glossary.GlossaryRecognizer}): terms found by comparing
 * normalised tokens ({@link Tokenizer}), with just enough morphology: English plurals folded by
 * Lucene's minimal (plural) stemmer; Arabic proclitics (و ف ب ك ل ال لل) allowed on a
 * term's first word and an attached pronoun on its last, through {@link ArabicStemmer#candidates}.
 * Longest match wins. Immutable once built; safe to share between threads.
 */
public final class ExactTermRecognizer implements TermRecognizer {
    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();

    private record Entry(long conceptId, String externalId, TermView term, String form, List<String> words) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<Long, List<TermView>> termsByConcept = new HashMap<>();
    private final Set<Long> properNames = new HashSet<>();
    private final Set<String> discouragedLanguages = new HashSet<>();

    public ExactTermRecognizer(List<ConceptView> concepts) {
        for (ConceptView concept : concepts) {
            termsByConcept.put(concept.id(), concept.terms());
            for (TermView term : concept.terms()) {
                if (term.status().isDiscouraged()) {
                    discouragedLanguages.add(primary(term.lang()));
                }
                if ("propernoun".equalsIgnoreCase(term.partOfSpeech())) {
                    properNames.add(concept.id());
                }
                List<String> forms = new ArrayList<>(term.variants());
                forms.add(0, term.text());
                for (String form : forms) {
                    List<String> words = words(form, primary(term.lang())).stream().map(Token::norm).toList();
                    if (!words.isEmpty()) {
                        byFirstWord.computeIfAbsent(primary(term.lang()) + ":" + words.get(0), k -> new ArrayList<>())
                                .add(new Entry(concept.id(), concept.externalId(), term, form, words));
                    }
                }
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    }

    @Override
    public List<TermHit> recognize(String text, LanguageTag lang, LanguageTag target) {
        String language = lang.language();
        List<Token> tokens = words(text, language);
        List<TermHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TermHit best = null;
            int length = 0;
            for (String first : readings(tokens.get(i).norm(), language, true, true)) {
                for (Entry e : byFirstWord.getOrDefault(language + ":" + first, List.of())) {
                    if (e.words().size() > length && matches(e, tokens, i, language)) {
                        length = e.words().size();
                        best = hit(e, text, Span.covering(tokens, i, i + length), target.language());
                    }
                }
            }
            if (best != null) {
                hits.add(best);
                i += length;
            } else {
                i++;
            }
        }
        return hits;
    }

    private static boolean matches(Entry e, List<Token> tokens, int from, String language) {
        int n = e.words().size();
        if (from + n > tokens.size()) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            boolean lastWord = k == n - 1;
            if (!readings(tokens.get(from + k).norm(), language, false, lastWord).contains(e.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The forms a text word may stand for: itself, or (Arabic) a stem with proclitics stripped when
     * it is a term's first word and an attached pronoun stripped when it may be its last.
     */
    private static List<String> readings(String norm, String language, boolean first, boolean last) {
        if (!language.equals("ar")) {
            return List.of(norm);
        }
        List<String> forms = new ArrayList<>();
        for (ArabicStemmer.Candidate c : ArabicStemmer.candidates(norm)) {
            boolean procliticOk = c.proclitic().isEmpty() || first;
            boolean encliticOk = c.enclitic().isEmpty() || last;
            if (procliticOk && encliticOk) {
                forms.add(c.stem());
            }
        }
        return forms.isEmpty() ? List.of(norm) : forms;
    }

    private static List<Token> words(String text, String language) {
        List<Token> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                words.add(language.equals("en") ? new Token(t.kind(), t.surface(), english(t.norm()), t.start(), t.end()) : t);
            }
        }
        return words;
    }

    private static String english(String norm) {
        char[] chars = norm.toCharArray();
        return new String(chars, 0, ENGLISH.stem(chars, chars.length));
    }

    private static String primary(String lang) {
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }

    private TermHit hit(Entry e, String text, Span span, String targetLanguage) {
        TermView term = e.term();
        return new TermHit(e.conceptId(), e.externalId(), term.id(), term.lang(), term.text(), e.form(), term.status(),
                term.status().isDiscouraged(), span.in(text), span, "", "", targets(e.conceptId(), targetLanguage),
                inLanguage(e.conceptId(), targetLanguage).filter(t -> t.status().isDiscouraged()).toList());
    }

    /** The concept's preferred terms in {@code language}, else its admitted ones. */
    private List<TargetTerm> targets(long conceptId, String language) {
        for (TermStatus status : List.of(TermStatus.PREFERRED, TermStatus.ADMITTED)) {
            List<TargetTerm> result = inLanguage(conceptId, language).filter(t -> t.status() == status).toList();
            if (!result.isEmpty()) {
                return result;
            }
        }
        return List.of();
    }

    private Stream<TargetTerm> inLanguage(long conceptId, String language) {
        return termsByConcept.getOrDefault(conceptId, List.of()).stream().filter(t -> primary(t.lang()).equals(language))
                .map(t -> new TargetTerm(t.id(), t.lang(), t.text(), t.status()));
    }

    @Override
    public List<String> terms(long conceptId, LanguageTag lang) {
        return termsByConcept.getOrDefault(conceptId, List.of()).stream()
                .filter(t -> primary(t.lang()).equals(lang.language()))
                .flatMap(t -> Stream.concat(Stream.of(t.text()), t.variants().stream())).toList();
    }

    @Override
    public boolean holdsDiscouraged(LanguageTag lang) {
        return discouragedLanguages.contains(lang.language());
    }

    /** The concepts with a term whose part of speech is a proper noun. */
    public Set<Long> properNames() {
        return Set.copyOf(properNames);
    }
}
