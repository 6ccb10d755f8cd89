package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/** Builds concordance hits: the phrase's occurrences located in the stored text. */
final class Concordance {
    private Concordance() {
    }

    static ConcordanceHit hit(PhraseFinder.Hit hit, UnitTexts unit, List<Token> phrase) {
        String text = unit.side(hit.side());
        boolean target = hit.side() == 1;
        return new ConcordanceHit(unit.id(), unit.memoryId(), target ? "target" : "source",
                target ? unit.targetLang() : unit.sourceLang(), text, unit.otherSide(hit.side()),
                target ? unit.sourceLang() : unit.targetLang(), highlights(text, phrase));
    }

    /** Every occurrence of the phrase's normalised tokens in {@code text}, as spans. */
    static List<Span> highlights(String text, List<Token> phrase) {
        List<Token> tokens = Tokenizer.tokenize(text).stream().filter(Token::isScored).toList();
        List<Span> spans = new ArrayList<>();
        for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
            boolean equal = true;
            for (int k = 0; k < phrase.size() && equal; k++) {
                equal = tokens.get(start + k).norm().equals(phrase.get(k).norm());
            }
            if (equal) {
                spans.add(Span.of(text, tokens, start, start + phrase.size()));
                start += phrase.size() - 1;
            }
        }
        return spans;
    }
}
