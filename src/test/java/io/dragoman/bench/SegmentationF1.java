package io.dragoman.bench;

import io.dragoman.bench.AlignCorpus.Doc;
import io.dragoman.bench.AlignCorpus.Line;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Sentence-boundary precision, recall and F1 against FLORES line breaks: each document's lines
 * are joined by a space into running text, split, and the segments' starts compared with the
 * lines' starts (the document's start not counted).
 */
final class SegmentationF1 {
    private SegmentationF1() {
    }

    static void run(List<Doc> docs, Segmenter segmenter) {
        System.out.println("| segmenter | language | boundaries: gold / found / right | P | R | F1 |");
        System.out.println("|---|---|---|---|---|---|");
        for (LanguageTag language : List.of(LanguageTag.ARABIC, LanguageTag.ENGLISH)) {
            Function<Doc, List<Line>> side = language.isArabic() ? Doc::arabicLines : Doc::englishLines;
            row("Dragoman", language, docs, side, text -> segmenter.segment(text, language));
            row("ICU4J", language, docs, side, text -> {
                List<Segment> out = new ArrayList<>();
                Evaluation.icu(text, 0, 0, language, out);
                return out;
            });
        }
    }

    private static void row(String name, LanguageTag language, List<Doc> docs, Function<Doc, List<Line>> side,
                            Function<String, List<Segment>> split) {
        long gold = 0;
        long found = 0;
        long right = 0;
        for (Doc doc : docs) {
            StringBuilder text = new StringBuilder();
            Set<Integer> starts = new HashSet<>();
            for (Line line : side.apply(doc)) {
                if (text.length() > 0) {
                    text.append(' ');
                    starts.add(text.length());
                }
                text.append(line.text());
            }
            List<Segment> segments = split.apply(text.toString());
            gold += starts.size();
            for (Segment segment : segments.subList(Math.min(1, segments.size()), segments.size())) {
                found++;
                if (starts.contains(segment.start())) {
                    right++;
                }
            }
        }
        double p = (double) right / found;
        double r = (double) right / gold;
        System.out.printf("| %s | %s | %d / %d / %d | %.3f | %.3f | %.3f |%n", name, language.tag(), gold, found, right, p, r,
                2 * p * r / (p + r));
    }
}
