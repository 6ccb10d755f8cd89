package io.dragoman.match;

import io.dragoman.text.AnalyzedText;
import io.dragoman.text.Fold;
import io.dragoman.text.TextNormalizer;
import io.dragoman.text.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Names the {@link Fold}s that make two texts that match differ. A fold counts when leaving it
 * out makes the two sides different: on the whole texts when they are equal once normalised, on
 * each pair of aligned equal words otherwise; punctuation also counts when the punctuation marks
 * themselves differ (they do not take part in the word score).
 */
final class FoldDetector {
    private FoldDetector() {
    }

    /** The folds that make {@code query} and {@code match} differ, given their aligned equal words. */
    static List<Fold> differing(AnalyzedText query, AnalyzedText match, List<TokenDiff.Pair> pairs) {
        String a = query.text();
        String b = match.text();
        List<Token> aScored = query.scored();
        List<Token> bScored = match.scored();
        if (a.equals(b)) {
            return List.of();
        }
        Set<Fold> folds = EnumSet.noneOf(Fold.class);
        if (TextNormalizer.normalize(a).equals(TextNormalizer.normalize(b))) {
            for (Fold fold : Fold.values()) {
                Set<Fold> without = TextNormalizer.allBut(fold);
                if (!TextNormalizer.normalize(a, without).equals(TextNormalizer.normalize(b, without))) {
                    folds.add(fold);
                }
            }
        } else {
            for (TokenDiff.Pair pair : pairs) {
                addWordFolds(aScored.get(pair.query()), bScored.get(pair.match()), folds);
            }
            if (!punctuation(query.tokens()).equals(punctuation(match.tokens()))) {
                folds.add(Fold.PUNCTUATION);
            }
        }
        if (folds.isEmpty() && pairs.size() == aScored.size() && pairs.size() == bScored.size()) {
            // Same words, same punctuation, nothing folded: only the spacing between them differs.
            folds.add(Fold.WHITESPACE);
        }
        return new ArrayList<>(folds);
    }

    private static void addWordFolds(Token aToken, Token bToken, Set<Fold> folds) {
        if (isPartOfItsSurface(aToken) || isPartOfItsSurface(bToken)) {
            // Its surface is a character that expands into more than this word (½, ﷺ): leaving out
            // any other fold would compare the whole expansion with one word.
            folds.add(Fold.COMPATIBILITY);
            return;
        }
        String a = aToken.surface();
        String b = bToken.surface();
        if (a.equals(b)) {
            return;
        }
        for (Fold fold : Fold.values()) {
            Set<Fold> without = TextNormalizer.allBut(fold);
            if (!TextNormalizer.normalize(a, without).equals(TextNormalizer.normalize(b, without))) {
                folds.add(fold);
            }
        }
    }

    /** Whether the token is one of the words or numbers a compatibility character expands into. */
    private static boolean isPartOfItsSurface(Token token) {
        return !Normalizer.isNormalized(token.surface(), Normalizer.Form.NFKC)
                && !TextNormalizer.normalize(token.surface()).equals(token.norm());
    }

    private static List<String> punctuation(List<Token> tokens) {
        return tokens.stream().filter(t -> !t.isScored()).map(Token::norm).toList();
    }
}
