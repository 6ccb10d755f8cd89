package io.dragoman.match;

import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recall of the index path against {@link RawReference}: of the units the raw-text scan scores at
 * or above a threshold, the share that the index path returns at that threshold. Every match
 * counts, not a top 5: the two rank differently above the threshold (Dragoman puts equal-once-
 * normalised and numbers-only matches first, the reference knows only the edit distance), so only
 * the sets are comparable. With {@code -Dbench.misses=N}, up to N misses per direction and
 * threshold are printed on stderr with both tokenisations.
 */
final class RawRecall {
    private static final int[] THRESHOLDS = {50, 70};
    private static final int ALL = 1_000_000;
    private final RawReference reference = new RawReference();
    private final MatchBenchmark.Texts texts;
    private final int[][] ar;
    private final int[][] en;

    RawRecall(MatchBenchmark.Texts texts, int size) {
        this.texts = texts;
        ar = new int[size][];
        en = new int[size][];
        for (int i = 0; i < size; i++) {
            ar[i] = reference.ids(texts.ar[i + 1]);
            en[i] = reference.ids(texts.en[i + 1]);
        }
    }

    void measure(String direction, List<MatchBenchmark.Query> queries, MatchEngine engine) {
        int[][] sides = direction.equals("ar") ? ar : en;
        String[] raw = direction.equals("ar") ? texts.ar : texts.en;
        int printMisses = Integer.getInteger("bench.misses", 0);
        System.out.printf("%n### %s→%s, recall against the raw-text reference (every match ≥ threshold)%n", direction,
                direction.equals("ar") ? "en" : "ar");
        System.out.println("| threshold | reference matches | found by the index path | recall | queries with a miss |");
        System.out.println("|---|---|---|---|---|");
        for (int threshold : THRESHOLDS) {
            long relevant = 0;
            long found = 0;
            int queriesMissing = 0;
            int printed = 0;
            for (MatchBenchmark.Query q : queries) {
                int[] query = reference.ids(q.text());
                int[] scores = RawReference.scores(query, sides, threshold);
                Set<Long> got = new HashSet<>();
                for (Match m : engine.lookup(LookupQuery.of(q.text(), q.lang(), q.target(), List.of(), threshold, ALL, null),
                        texts)) {
                    got.add(m.unitId());
                }
                boolean missed = false;
                for (int i = 0; i < scores.length; i++) {
                    if (scores[i] < 0) {
                        continue;
                    }
                    relevant++;
                    if (got.contains(i + 1L)) {
                        found++;
                    } else {
                        missed = true;
                        if (printed++ < printMisses) {
                            printMiss(direction, threshold, scores[i], q, raw[i + 1]);
                        }
                    }
                }
                queriesMissing += missed ? 1 : 0;
            }
            System.out.printf("| %d | %,d | %,d | %.4f | %d / %d |%n", threshold, relevant, found,
                    relevant == 0 ? 1.0 : found / (double) relevant, queriesMissing, queries.size());
        }
    }

    private static void printMiss(String direction, int threshold, int score, MatchBenchmark.Query q, String unit) {
        LanguageTag lang = LanguageTag.of(q.lang());
        System.err.printf("  miss %s at %d (reference %d): «%s» → «%s»%n    reference %s | %s%n    dragoman  [%s] | [%s]%n",
                direction, threshold, score, q.text(), unit, RawReference.tokens(q.text()), RawReference.tokens(unit),
                AnalyzedText.of(q.text(), lang).norm(), AnalyzedText.of(unit, lang).norm());
    }
}
