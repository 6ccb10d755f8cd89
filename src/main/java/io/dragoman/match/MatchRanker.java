package io.dragoman.match;

import io.dragoman.text.Fold;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns verified candidates into the ranked matches of a lookup. The index path and the
 * exhaustive scan both end here, so they rank identically. Order: score, then class
 * ({@link MatchClass} order), then the exact word score, then character similarity of the
 * normalised texts (computed only where it can change the top of the list), then unit id.
 * Texts are fetched only for candidates whose class needs them (equal once normalised, or
 * numbers-only) and for the matches returned.
 */
final class MatchRanker {
    private static final Comparator<Ranked> COARSE = Comparator.comparingInt(Ranked::score).reversed()
            .thenComparing(Ranked::matchClass)
            .thenComparing(Comparator.comparingDouble(Ranked::exactScore).reversed());
    private static final Comparator<Ranked> FULL = COARSE
            .thenComparing(Comparator.comparingDouble(Ranked::similarity).reversed())
            .thenComparingLong(r -> r.candidate().unitId())
            .thenComparingInt(r -> r.candidate().side());

    private final PreparedQuery query;
    private final TextSource source;
    private final Map<Long, UnitTexts> texts = new HashMap<>();

    private MatchRanker(PreparedQuery query, TextSource source) {
        this.query = query;
        this.source = source;
    }

    static List<Match> rank(PreparedQuery query, List<Candidate> candidates, int max, TextSource source) {
        return new MatchRanker(query, source).run(candidates, max);
    }

    private List<Match> run(List<Candidate> candidates, int max) {
        fetch(candidates.stream().filter(MatchRanker::needsTexts).map(Candidate::unitId).toList());
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Ranked r = score(candidate);
            if (r != null && r.score() >= query.threshold()) {
                ranked.add(r);
            }
        }
        ranked.sort(COARSE);
        if (ranked.size() > max) {
            Ranked last = ranked.get(max - 1);
            int end = max;
            while (end < ranked.size() && COARSE.compare(ranked.get(end), last) == 0) {
                end++;
            }
            ranked = ranked.subList(0, end);
        }
        String queryNorm = query.norm();
        List<Ranked> top = ranked.stream().map(r -> r.withSimilarity(EditDistance.charSimilarity(queryNorm, r.candidate().norm())))
                .sorted(FULL).limit(max).toList();
        fetch(top.stream().map(r -> r.candidate().unitId()).toList());
        return top.stream().filter(r -> texts.containsKey(r.candidate().unitId())).map(this::build).toList();
    }

    private static boolean needsTexts(Candidate c) {
        return (c.distance() == 0 && !c.rawEqual()) || c.numbersOnly();
    }

    private void fetch(List<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !texts.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            texts.putAll(source.texts(missing));
        }
    }

    private Ranked score(Candidate c) {
        if (c.rawEqual()) {
            return new Ranked(c, c.contextEqual() ? 101 : 100, c.contextEqual() ? MatchClass.IN_CONTEXT : MatchClass.EXACT,
                    c.wordScore(), 0, List.of(), null);
        }
        if (!needsTexts(c)) {
            return new Ranked(c, c.wordScoreFloor(), MatchClass.FUZZY, c.wordScore(), 0, List.of(), null);
        }
        UnitTexts unit = texts.get(c.unitId());
        if (unit == null) {
            return null;
        }
        String text = unit.side(c.side());
        List<Token> all = Tokenizer.tokenize(text);
        List<Token> scored = all.stream().filter(Token::isScored).toList();
        if (c.distance() == 0) {
            List<TokenDiff.Pair> pairs = TokenDiff.of(query.text(), query.scoredTokens(), text, scored).equalPairs();
            List<Fold> folds = FoldDetector.differing(query.text(), Tokenizer.tokenize(query.text()), text, all,
                    pairs, query.scoredTokens(), scored);
            return new Ranked(c, 100 - Math.min(5, Math.max(1, folds.size())), MatchClass.NORMALISED, c.wordScore(), 0, folds, null);
        }
        return NumberRepair.repair(query.scoredTokens(), scored, unit.otherSide(c.side()))
                .map(repair -> new Ranked(c, Math.max(c.wordScoreFloor(), 95 - repair.changed()), MatchClass.NUMBERS,
                        c.wordScore(), 0, List.of(), repair))
                .orElseGet(() -> new Ranked(c, c.wordScoreFloor(), MatchClass.FUZZY, c.wordScore(), 0, List.of(), null));
    }

    private Match build(Ranked r) {
        Candidate c = r.candidate();
        UnitTexts unit = texts.get(c.unitId());
        String text = unit.side(c.side());
        List<Token> all = Tokenizer.tokenize(text);
        List<Token> scored = all.stream().filter(Token::isScored).toList();
        TokenDiff diff = TokenDiff.of(query.text(), query.scoredTokens(), text, scored);
        List<Fold> folds = r.matchClass() == MatchClass.NORMALISED ? r.folds()
                : FoldDetector.differing(query.text(), Tokenizer.tokenize(query.text()), text, all,
                        diff.equalPairs(), query.scoredTokens(), scored);
        boolean reversed = c.side() == 1;
        return new Match(c.unitId(), unit.memoryId(), r.score(), r.matchClass(), reversed,
                reversed ? unit.targetLang() : unit.sourceLang(), reversed ? unit.sourceLang() : unit.targetLang(),
                text, unit.otherSide(c.side()), r.repair() == null ? null : r.repair().target(), diff.spans(),
                folds.stream().map(Fold::label).toList(), penalties(r), unit.metadata());
    }

    private static List<Penalty> penalties(Ranked r) {
        Candidate c = r.candidate();
        switch (r.matchClass()) {
            case IN_CONTEXT:
            case EXACT:
                return List.of();
            case NORMALISED:
                return normalisedPenalties(r.folds());
            default:
                if (r.matchClass() == MatchClass.NUMBERS && r.score() > c.wordScoreFloor()) {
                    return List.of(new Penalty("numbers", 100 - r.score(), r.repair().changed()
                            + " number(s) differ; the repaired target carries the query's numbers"));
                }
                return List.of(new Penalty("edit-distance", 100 - r.score(), c.distance() + " of " + c.length()
                        + " words inserted, deleted or replaced"));
        }
    }

    private static List<Penalty> normalisedPenalties(List<Fold> folds) {
        if (folds.isEmpty()) {
            return List.of(new Penalty("other", 1, "differs only in characters that matching ignores"));
        }
        List<Penalty> penalties = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            penalties.add(new Penalty(folds.get(i).label(), i < 5 ? 1 : 0, "differs in " + folds.get(i).label()));
        }
        return penalties;
    }

    private record Ranked(Candidate candidate, int score, MatchClass matchClass, double exactScore,
                          double similarity, List<Fold> folds, NumberRepair.Result repair) {
        Ranked withSimilarity(double value) {
            return new Ranked(candidate, score, matchClass, exactScore, value, folds, repair);
        }
    }
}
