package io.dragoman.match;

import io.dragoman.text.AnalyzedText;
import io.dragoman.text.Fold;
import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Turns verified candidates into the ranked matches of a lookup. The index path and the
 * exhaustive scan both end here, so they rank identically. Order: score, then class
 * ({@link MatchClass} order), then the exact word score, then character similarity of the
 * normalised texts (computed only where it can change the top of the list), then unit id.
 * Texts are fetched only for candidates whose class needs them (equal once normalised, or
 * numbers-only) and for the matches returned.
 */
final class MatchRanker {
    /** Score, then class, then exact word score: written out, since every lookup runs it over its candidates. */
    private static final Comparator<Ranked> COARSE = (a, b) -> {
        int order = Integer.compare(b.score(), a.score());
        if (order == 0) {
            order = a.matchClass().compareTo(b.matchClass());
        }
        return order != 0 ? order : Double.compare(b.exactScore(), a.exactScore());
    };
    private static final Comparator<Ranked> FULL = (a, b) -> {
        int order = COARSE.compare(a, b);
        if (order == 0) {
            order = Double.compare(b.similarity(), a.similarity());
        }
        if (order == 0) {
            order = Long.compare(a.candidate().unitId(), b.candidate().unitId());
        }
        return order != 0 ? order : Integer.compare(a.candidate().side(), b.candidate().side());
    };

    private static final int BATCH = 32;
    private final PreparedQuery query;
    private final TextSource source;
    private final Map<Long, UnitTexts> texts = new HashMap<>();
    /** Character similarity by candidate: {@link #top} runs once per batch and meets the same ties again. */
    private final Map<Candidate, Double> similarities = new IdentityHashMap<>();
    private CharSimilarity similarity;

    private MatchRanker(PreparedQuery query, TextSource source) {
        this.query = query;
        this.source = source;
    }

    static List<Match> rank(PreparedQuery query, List<Candidate> candidates, int max, TextSource source) {
        return new MatchRanker(query, source).run(candidates, max);
    }

    private List<Match> run(List<Candidate> candidates, int max) {
        List<Ranked> scored = new ArrayList<>();
        PriorityQueue<Ranked> queue = new PriorityQueue<>(FULL);
        for (Candidate candidate : candidates) {
            if (needsTexts(candidate)) {
                queue.add(bound(candidate));
            } else {
                keep(score(candidate), scored);
            }
        }
        // Candidates whose class needs their texts are scored best bound first, in batches, until
        // the k-th match found is strictly better than the best bound left: a unit shared by
        // thousands of near-identical strings ("File", "&File", "_File") costs a few fetches. The
        // queue orders them by a bound whose character similarity is first only an upper bound from
        // the lengths, made exact when the bound reaches the head: a number shared by thousands of
        // numbers-only units is then neither sorted whole nor compared character by character.
        List<Ranked> top = top(scored, max);
        while (!exactHead(queue).isEmpty() && !(top.size() == max && FULL.compare(top.get(max - 1), queue.peek()) < 0)) {
            List<Ranked> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && !exactHead(queue).isEmpty()) {
                batch.add(queue.poll());
            }
            fetch(batch.stream().map(r -> r.candidate().unitId()).toList());
            batch.forEach(r -> keep(score(r.candidate()), scored));
            top = top(scored, max);
        }
        fetch(top.stream().map(r -> r.candidate().unitId()).toList());
        return top.stream().filter(r -> texts.containsKey(r.candidate().unitId())).map(this::build).toList();
    }

    /** Makes the similarity of the queue's head exact, re-queueing each bound it refines, and returns the queue. */
    private PriorityQueue<Ranked> exactHead(PriorityQueue<Ranked> queue) {
        while (!queue.isEmpty() && !queue.peek().similarityExact()) {
            Ranked head = queue.poll();
            queue.add(head.withSimilarity(similarity(head.candidate())));
        }
        return queue;
    }

    private void keep(Ranked ranked, List<Ranked> scored) {
        if (ranked != null && ranked.score() >= query.threshold()) {
            scored.add(ranked);
        }
    }

    /**
     * The best a candidate that needs its texts can rank: equal once normalised scores at most 99,
     * with identical normalised text (similarity 1); numbers-only at most max(word score, 94),
     * and falls back to fuzzy (a worse class) when its target cannot be repaired. A numbers-only
     * bound starts with the similarity the lengths allow (an edit distance is at least the length
     * difference), marked inexact: {@link #run} makes it exact before it counts.
     */
    private Ranked bound(Candidate c) {
        if (c.distance() == 0) {
            return new Ranked(c, 99, MatchClass.NORMALISED, 100.0, 1.0, List.of(), null, null, null);
        }
        int queryLength = query.text().norm().length();
        int length = c.norm().length();
        int longer = Math.max(queryLength, length);
        double atMost = longer == 0 ? 1.0 : 1.0 - (double) Math.abs(queryLength - length) / longer;
        return new Ranked(c, Math.max(c.wordScoreFloor(), 94), MatchClass.NUMBERS, c.wordScore(), atMost, false,
                List.of(), null, null, null);
    }

    /** The best {@code max}, with character similarity computed only where it can decide. */
    private List<Ranked> top(List<Ranked> scored, int max) {
        List<Ranked> ranked = scored;
        if (scored.size() > max) {
            // The max-th best by the coarse order, then every candidate at least as good: the ties
            // at the max-th are decided by similarity below. No sort of the whole list.
            PriorityQueue<Ranked> best = new PriorityQueue<>(max + 1, COARSE.reversed());
            for (Ranked r : scored) {
                if (best.size() < max) {
                    best.add(r);
                } else if (COARSE.compare(r, best.peek()) < 0) {
                    best.poll();
                    best.add(r);
                }
            }
            Ranked last = best.peek();
            ranked = new ArrayList<>();
            for (Ranked r : scored) {
                if (COARSE.compare(r, last) <= 0) {
                    ranked.add(r);
                }
            }
        }
        return ranked.stream().map(r -> r.similarity() >= 0 ? r
                        : r.withSimilarity(similarities.computeIfAbsent(r.candidate(), this::similarity)))
                .sorted(FULL).limit(max).toList();
    }

    /** The candidate's character similarity to the query, the query's bit table built at the first. */
    private double similarity(Candidate c) {
        if (similarity == null) {
            similarity = new CharSimilarity(query.text().norm());
        }
        return similarity.to(c.norm());
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
                    c.wordScore(), -1, List.of(), null, null, null);
        }
        if (!needsTexts(c)) {
            return new Ranked(c, c.wordScoreFloor(), MatchClass.FUZZY, c.wordScore(), -1, List.of(), null, null, null);
        }
        UnitTexts unit = texts.get(c.unitId());
        if (unit == null) {
            return null;
        }
        AnalyzedText side = analyse(unit, c.side());
        AnalyzedText q = query.text();
        if (c.distance() == 0) {
            TokenDiff diff = TokenDiff.of(q.text(), q.scored(), side.text(), side.scored());
            List<Fold> folds = FoldDetector.differing(q, side, diff.equalPairs());
            return new Ranked(c, 100 - Math.min(5, Math.max(1, folds.size())), MatchClass.NORMALISED, c.wordScore(), -1,
                    folds, null, side, diff);
        }
        return NumberRepair.repair(q.scored(), side.scored(), unit.otherSide(c.side()))
                .map(repair -> new Ranked(c, Math.max(c.wordScoreFloor(), 95 - repair.changed()), MatchClass.NUMBERS,
                        c.wordScore(), -1, List.of(), repair, side, null))
                .orElseGet(() -> new Ranked(c, c.wordScoreFloor(), MatchClass.FUZZY, c.wordScore(), -1, List.of(), null,
                        side, null));
    }

    /** A candidate's side analysed once: by {@link #score} when its class needed the text, else by {@link #build}. */
    private static AnalyzedText analyse(UnitTexts unit, int side) {
        return AnalyzedText.of(unit.side(side), LanguageTag.of(side == 0 ? unit.sourceLang() : unit.targetLang()));
    }

    private Match build(Ranked r) {
        Candidate c = r.candidate();
        UnitTexts unit = texts.get(c.unitId());
        AnalyzedText side = r.side() != null ? r.side() : analyse(unit, c.side());
        AnalyzedText q = query.text();
        TokenDiff diff = r.diff() != null ? r.diff() : TokenDiff.of(q.text(), q.scored(), side.text(), side.scored());
        List<Fold> folds = r.matchClass() == MatchClass.NORMALISED ? r.folds()
                : FoldDetector.differing(q, side, diff.equalPairs());
        String text = side.text();
        boolean reversed = c.side() == 1;
        return new Match(c.unitId(), unit.memoryId(), r.score(), r.matchClass(), reversed,
                reversed ? unit.targetLang() : unit.sourceLang(), reversed ? unit.sourceLang() : unit.targetLang(),
                text, unit.otherSide(c.side()), r.repair() == null ? null : r.repair().target(), diff.spans(),
                folds.stream().map(Fold::label).toList(),
                Penalties.of(c, r.matchClass(), r.score(), r.folds(), r.repair()), unit.metadata());
    }

    /** {@code similarity} is -1 until computed; {@code similarityExact} false while it is only an upper bound. */
    private record Ranked(Candidate candidate, int score, MatchClass matchClass, double exactScore,
                          double similarity, boolean similarityExact, List<Fold> folds, NumberRepair.Result repair,
                          AnalyzedText side, TokenDiff diff) {
        Ranked(Candidate candidate, int score, MatchClass matchClass, double exactScore, double similarity,
               List<Fold> folds, NumberRepair.Result repair, AnalyzedText side, TokenDiff diff) {
            this(candidate, score, matchClass, exactScore, similarity, true, folds, repair, side, diff);
        }

        Ranked withSimilarity(double value) {
            return new Ranked(candidate, score, matchClass, exactScore, value, true, folds, repair, side, diff);
        }
    }
}
