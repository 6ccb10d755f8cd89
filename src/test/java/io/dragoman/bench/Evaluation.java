package io.dragoman.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.dragoman.align.Bead;
import io.dragoman.bench.AlignCorpus.Doc;
import io.dragoman.bench.AlignCorpus.Line;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision and recall of predicted sentence links against the known pairing. A bead links each
 * gold sentence its Arabic segments cover to each its English segments cover; a link is right when
 * the two are translations of each other.
 */
final class Evaluation {
    private Evaluation() {
    }

    /** How a side's text is cut into the segments an aligner sees. */
    enum Cut {
        /** Dragoman's segmenter over the running text (paragraphs separated by blank lines). */
        SEGMENTER,
        /** One segment per line, each its own paragraph, as {@code sourceSegments} sends them. */
        GIVEN,
        /** ICU4J's sentence iterator over each paragraph, what hunalign users pre-split with. */
        ICU
    }

    /** The segments of one side and, per segment, the gold ids of the lines it overlaps. */
    record Side(List<Segment> segments, List<Set<Integer>> ids) {
        List<String> texts() {
            return segments.stream().map(Segment::text).toList();
        }
    }

    /** Aligns many document pairs at once (hunalign runs as one batch process). */
    interface Aligner {
        List<List<Bead>> align(List<Side[]> pairs);
    }

    /** Counts for one system on one variant. */
    static final class Score {
        long gold;
        long predicted;
        long correct;
        /** Per bead with a link: its confidence and whether all its links are right. */
        final List<double[]> beads = new ArrayList<>();

        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        String pr() {
            return String.format("%.3f / %.3f", precision(), recall());
        }
    }

    static List<Side[]> sides(List<Doc> docs, Cut arabic, Cut english, Segmenter segmenter) {
        List<Side[]> out = new ArrayList<>();
        for (Doc doc : docs) {
            out.add(new Side[] {side(doc.arabic(), LanguageTag.ARABIC, arabic, segmenter, false),
                    side(doc.english(), LanguageTag.ENGLISH, english, segmenter, true)});
        }
        return out;
    }

    static Score score(List<Doc> docs, List<Side[]> sides, List<List<Bead>> alignments) {
        Score score = new Score();
        for (int d = 0; d < docs.size(); d++) {
            Side ar = sides.get(d)[0];
            Side en = sides.get(d)[1];
            Set<Long> gold = goldLinks(docs.get(d));
            Set<Long> links = new HashSet<>();
            for (Bead bead : alignments.get(d)) {
                Set<Long> own = new HashSet<>();
                for (int a : ids(ar, bead.sourceStart(), bead.sourceEnd())) {
                    for (int e : ids(en, bead.targetStart(), bead.targetEnd())) {
                        own.add(key(a, e));
                    }
                }
                if (!own.isEmpty()) {
                    score.beads.add(new double[] {bead.confidence(), gold.containsAll(own) ? 1 : 0});
                }
                links.addAll(own);
            }
            score.gold += gold.size();
            score.predicted += links.size();
            links.retainAll(gold);
            score.correct += links.size();
        }
        return score;
    }

    /** Arabic line k is the translation of the English line holding id k (keyed by its first id). */
    private static Set<Long> goldLinks(Doc doc) {
        Set<Integer> arabic = new HashSet<>();
        doc.arabicLines().forEach(l -> arabic.addAll(l.ids()));
        Set<Long> links = new HashSet<>();
        for (Line line : doc.englishLines()) {
            for (int id : line.ids()) {
                if (arabic.contains(id)) {
                    links.add(key(id, line.ids().get(0)));
                }
            }
        }
        return links;
    }

    /** Paragraphs joined by blank lines, lines by a space; English segments keyed by their lines' first ids. */
    static Side side(List<List<Line>> paragraphs, LanguageTag language, Cut cut, Segmenter segmenter, boolean firstIdOnly) {
        StringBuilder text = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int paragraphStart = text.length();
            for (Line line : paragraphs.get(p)) {
                if (text.length() > paragraphStart) {
                    text.append(' ');
                }
                spans.add(new int[] {text.length(), text.length() + line.text().length()});
                lines.add(line);
                text.append(line.text());
                if (cut == Cut.GIVEN) {
                    segments.add(new Segment(line.text(), text.length() - line.text().length(), text.length(), segments.size()));
                }
            }
            if (cut == Cut.ICU) {
                icu(text.substring(paragraphStart), paragraphStart, p, language, segments);
            }
        }
        if (cut == Cut.SEGMENTER) {
            segments.addAll(segmenter.segment(text.toString(), language));
        }
        List<Set<Integer>> ids = new ArrayList<>();
        for (Segment segment : segments) {
            Set<Integer> overlapped = new TreeSet<>();
            for (int k = 0; k < lines.size(); k++) {
                if (spans.get(k)[0] < segment.end() && spans.get(k)[1] > segment.start()) {
                    overlapped.addAll(firstIdOnly ? List.of(lines.get(k).ids().get(0)) : lines.get(k).ids());
                }
            }
            ids.add(overlapped);
        }
        return new Side(segments, ids);
    }

    /** ICU4J's standard sentence breaks of one paragraph. */
    static void icu(String paragraph, int offset, int number, LanguageTag language, List<Segment> out) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale(language.language()));
        sentences.setText(paragraph);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String text = paragraph.substring(start, end);
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                int from = offset + start + text.indexOf(stripped);
                out.add(new Segment(stripped, from, from + stripped.length(), number));
            }
        }
    }

    private static Set<Integer> ids(Side side, int from, int to) {
        Set<Integer> ids = new TreeSet<>();
        for (int k = from; k < to; k++) {
            ids.addAll(side.ids().get(k));
        }
        return ids;
    }

    private static long key(int arabic, int english) {
        return (long) arabic << 32 | english;
    }
}
