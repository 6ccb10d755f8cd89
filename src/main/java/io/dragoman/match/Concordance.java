package io.dragoman.match;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds concordance hits: the phrase's occurrences located in the stored text and, in its
 * translation, the glossary's equivalents of the terms the phrase holds and the words the memory
 * pairs with the phrase's words ({@link WordAssociations}). Where marks overlap, the one that
 * starts first, then the longest, is kept.
 */
final class Concordance {
    private Concordance() {
    }

    /**
     * @param equivalents for each glossary term of the phrase, its terms in every language, as
     *                    patterns; those of the translation's script are looked for in it
     */
    static ConcordanceHit hit(PhraseFinder.Hit hit, UnitTexts unit, List<WordPattern> phrase,
                              List<List<WordPattern>> equivalents, WordAssociations associations) {
        String text = unit.side(hit.side());
        String translation = unit.otherSide(hit.side());
        boolean target = hit.side() == 1;
        String lang = target ? unit.targetLang() : unit.sourceLang();
        String translationLang = target ? unit.sourceLang() : unit.targetLang();
        List<Span> found = highlights(text, phrase);
        List<Span> inTranslation = new ArrayList<>();
        for (List<WordPattern> term : equivalents) {
            inTranslation.addAll(highlights(translation, term));
        }
        if (LanguageTag.isValid(lang) && LanguageTag.isValid(translationLang)) {
            // The words as found (a wildcard's completion, a clitic's host), not as typed.
            List<String> words = found.stream().flatMap(span -> Tokenizer.tokenize(span.in(text)).stream())
                    .map(Token::norm).distinct().toList();
            inTranslation.addAll(runs(translation, associations.translating(words, LanguageTag.of(lang),
                    LanguageTag.of(translationLang))));
        }
        inTranslation.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
        return new ConcordanceHit(unit.id(), unit.memoryId(), target ? "target" : "source", lang, text, translation,
                translationLang, views(found, text), views(dropOverlaps(inTranslation), translation));
    }

    /** Runs of words of {@code text} that {@code marked} accepts, one span per run of adjacent words. */
    private static List<Span> runs(String text, Predicate<String> marked) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Span> spans = new ArrayList<>();
        int from = -1;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean in = k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD && marked.test(tokens.get(k).norm());
            boolean joins = in && from >= 0 && (tokens.get(k).sharesCharacterWith(tokens.get(k - 1))
                    || text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).isBlank());
            if (from >= 0 && !joins) {
                spans.add(Span.covering(tokens, from, k));
                from = -1;
            }
            if (in && from < 0) {
                from = k;
            }
        }
        return spans;
    }

    /** Every occurrence of the patterns, word after word, in {@code text}, as spans. */
    static List<Span> highlights(String text, List<WordPattern> phrase) {
        List<Token> tokens = Tokenizer.tokenize(text).stream().filter(Token::isScored).toList();
        List<Span> spans = new ArrayList<>();
        for (int start = 0; !phrase.isEmpty() && start + phrase.size() <= tokens.size(); start++) {
            boolean equal = true;
            for (int k = 0; k < phrase.size() && equal; k++) {
                equal = phrase.get(k).matches(tokens.get(start + k).norm());
            }
            if (equal) {
                spans.add(Span.covering(tokens, start, start + phrase.size()));
                start += phrase.size() - 1;
            }
        }
        return spans;
    }

    private static List<SpanView> views(List<Span> spans, String text) {
        return spans.stream().map(span -> SpanView.of(span, text)).toList();
    }

    /** Sorted spans without the ones that overlap an earlier (two terms sharing words). */
    private static List<Span> dropOverlaps(List<Span> sorted) {
        List<Span> kept = new ArrayList<>();
        for (Span span : sorted) {
            if (kept.isEmpty() || span.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(span);
            }
        }
        return kept;
    }
}
