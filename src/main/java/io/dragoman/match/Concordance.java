package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds concordance hits: the phrase's occurrences located in the stored text and, in its
 * translation, the glossary's equivalents of the terms the phrase holds.
 */
final class Concordance {
    private Concordance() {
    }

    /**
     * @param equivalents for each glossary term of the phrase, its terms in every language, as
     *                    patterns; those of the translation's script are looked for in it
     */
    static ConcordanceHit hit(PhraseFinder.Hit hit, UnitTexts unit, List<WordPattern> phrase,
                              List<List<WordPattern>> equivalents) {
        String text = unit.side(hit.side());
        String translation = unit.otherSide(hit.side());
        boolean target = hit.side() == 1;
        List<Span> inTranslation = new ArrayList<>();
        for (List<WordPattern> term : equivalents) {
            inTranslation.addAll(highlights(translation, term));
        }
        inTranslation.sort(Comparator.comparingInt(Span::start));
        return new ConcordanceHit(unit.id(), unit.memoryId(), target ? "target" : "source",
                target ? unit.targetLang() : unit.sourceLang(), text, translation,
                target ? unit.sourceLang() : unit.targetLang(), highlights(text, phrase), dropOverlaps(inTranslation));
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
                spans.add(Span.of(text, tokens, start, start + phrase.size()));
                start += phrase.size() - 1;
            }
        }
        return spans;
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
