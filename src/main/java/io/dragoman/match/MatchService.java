package io.dragoman.match;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.LimitExceededException;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.core.Violation;
import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lookups and concordance over the in-memory index, with texts and metadata from the database. */
@ApplicationScoped
public class MatchService {
    public static final int DEFAULT_MIN_SCORE = 70;
    public static final int DEFAULT_MAX_RESULTS = 5;

    private final IndexMaintainer maintainer;
    private final MatchEngine engine;
    private final TextSource units;
    private final TermRecognizer recognizer;
    private final MatchConfig config;
    private final WordAssociations associations;
    private final LookupGate gate;

    MatchService(IndexMaintainer maintainer, CachedUnitTexts units, TermRecognizer recognizer, MatchConfig config,
                 WordAssociations associations) {
        this.maintainer = maintainer;
        // The index lives as long as the application and the engine keeps no per-lookup state: one serves all.
        this.engine = new MatchEngine(maintainer.index());
        this.units = units;
        this.recognizer = recognizer;
        this.config = config;
        this.associations = associations;
        this.gate = new LookupGate(config.concurrentLookups().orElse(2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Ranked matches for {@code text}. A missing source language is guessed from the script
     * ({@link LanguageTag#guess}) and the answer says so; a missing target language accepts any.
     * When no unit reaches the threshold, the answer lists the query's {@link Fragment}s instead.
     */
    public LookupResult lookup(String text, String sourceLang, String targetLang, Collection<Long> memories,
                               Integer minScore, Integer maxResults, String previous) {
        LookupQuery query = query(text, sourceLang, targetLang, memories, minScore, maxResults, previous);
        return gate.run(() -> lookup(query, text, sourceLang));
    }

    private LookupResult lookup(LookupQuery query, String text, String sourceLang) {
        List<Match> matches = engine.lookup(query, units);
        // query() leaves a blank source language to the script guess; the answer says it guessed.
        boolean guessed = sourceLang == null || sourceLang.isBlank();
        List<TermHit> terms = recognizer.recognize(query.text(),
                query.targetLang() == null ? null : LanguageTag.of(query.targetLang()));
        // Fragments only when no whole unit helps: they are what a translator can still reuse.
        List<Fragment> fragments = matches.isEmpty() ? engine.fragments(query, terms, units, associations) : List.of();
        return new LookupResult(text, query.sourceLang(), guessed, query.targetLang(), query.minScore(), matches,
                LookupResult.Term.of(terms, text), fragments);
    }

    /**
     * The ranked matches of {@link #lookup} without the glossary terms, for callers that match
     * many segments (pre-translation) and show no terms.
     */
    public List<Match> matches(String text, String sourceLang, String targetLang, Collection<Long> memories,
                               Integer minScore, Integer maxResults, String previous) {
        LookupQuery query = query(text, sourceLang, targetLang, memories, minScore, maxResults, previous);
        return gate.run(() -> engine.lookup(query, units));
    }

    private LookupQuery query(String text, String sourceLang, String targetLang, Collection<Long> memories,
                              Integer minScore, Integer maxResults, String previous) {
        List<Violation> violations = new ArrayList<>();
        checkText("text", text, "dragoman.match.max-query-length", config.maxQueryLength(), violations);
        LanguageTag source = LanguageTag.parseOptional("sourceLang", sourceLang, violations);
        LanguageTag target = LanguageTag.parseOptional("targetLang", targetLang, violations);
        int min = minScore == null ? DEFAULT_MIN_SCORE : minScore;
        int max = maxResults == null ? DEFAULT_MAX_RESULTS : maxResults;
        if (min < 1 || min > 101) {
            violations.add(new Violation("minScore", "must be between 1 and 101"));
        }
        if (max < 1 || max > config.maxResults()) {
            violations.add(new Violation("maxResults", "must be between 1 and " + config.maxResults()));
        }
        if (previous != null && previous.length() > config.maxQueryLength()) {
            violations.add(new Violation("previous", "must be at most " + config.maxQueryLength() + " characters"));
        }
        throwIfAny(violations);
        if (source == null) {
            source = LanguageTag.guess(text);
        }
        if (target != null && source.language().equals(target.language())) {
            throw InvalidInputException.of("targetLang", "must differ from the source language");
        }
        return new LookupQuery(AnalyzedText.of(text, source), target == null ? null : target.tag(), memories, min, max,
                previous);
    }

    /** Units whose normalised text in {@code lang} (either when null) holds the phrase, by unit id. */
    public Page<ConcordanceHit> concordance(String phrase, String lang, Collection<Long> memories, PageRequest page) {
        List<Violation> violations = new ArrayList<>();
        checkText("q", phrase, "dragoman.match.max-phrase-length", config.maxPhraseLength(), violations);
        LanguageTag tag = LanguageTag.parseOptional("lang", lang, violations);
        throwIfAny(violations);
        String language = tag == null ? null : tag.tag();
        List<Token> tokens = Tokenizer.tokenize(phrase).stream().filter(Token::isScored).toList();
        if (tokens.isEmpty()) {
            throw InvalidInputException.of("q", "must contain a word, number or placeholder");
        }
        long[] filter = LookupQuery.memoryFilter(memories);
        List<WordPattern> patterns = WordPattern.of(phrase, tokens);
        List<PhraseFinder.Hit> hits = maintainer.index().phrase(patterns, language, filter);
        int from = (int) Math.min(hits.size(), (long) page.page() * page.size());
        List<PhraseFinder.Hit> slice = hits.subList(from, Math.min(hits.size(), from + page.size()));
        Map<Long, UnitTexts> texts = units.texts(slice.stream().map(PhraseFinder.Hit::unitId).toList());
        List<List<WordPattern>> equivalents = slice.isEmpty() ? List.of() : equivalentPatterns(phrase, language);
        List<ConcordanceHit> items = slice.stream().filter(h -> texts.containsKey(h.unitId()))
                .map(h -> Concordance.hit(h, texts.get(h.unitId()), patterns, equivalents, associations)).toList();
        return new Page<>(items, page.page(), page.size(), hits.size());
    }

    /**
     * For each glossary term of the phrase, its concept's terms in every other language (all of
     * them, admitted and deprecated too: a translation may hold any), as word patterns.
     */
    private List<List<WordPattern>> equivalentPatterns(String phrase, String language) {
        String lang = language != null ? language : LanguageTag.guess(phrase).tag();
        String primary = FuzzyIndex.primary(lang);
        return terms(phrase.replace('*', ' '), lang, null).stream()
                .flatMap(hit -> Stream.concat(hit.targets().stream(), hit.avoid().stream()).map(t -> FuzzyIndex.primary(t.lang()))
                        .filter(other -> !other.equals(primary)).distinct()
                        .flatMap(other -> recognizer.terms(hit.conceptId(), LanguageTag.of(other)).stream()))
                .map(text -> Tokenizer.tokenize(text).stream().filter(Token::isScored)
                        .map(t -> WordPattern.of(t.norm(), false)).toList())
                .filter(words -> !words.isEmpty()).toList();
    }

    /** Terms of {@code lang} in {@code text}, with their concepts' terms in {@code targetLang} (the default when null). */
    private List<TermHit> terms(String text, String lang, String targetLang) {
        LanguageTag source = LanguageTag.of(lang);
        return targetLang == null ? recognizer.recognize(text, source)
                : recognizer.recognize(text, source, LanguageTag.of(targetLang));
    }

    private static void checkText(String field, String text, String setting, int limit, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        } else if (text.length() > limit) {
            throw new LimitExceededException(field, setting, limit, text.length(), "characters");
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
