package io.dragoman.bench;

import io.dragoman.align.Bead;
import io.dragoman.align.SentenceAligner;
import io.dragoman.bench.AlignmentBenchmark.Doc;
import io.dragoman.bench.AlignmentBenchmark.Line;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Precision and recall of predicted line links against the known pairing. */
final class Evaluation {
    private final Segmenter segmenter;
    private final SentenceAligner aligner;
    /** False: each line is one segment, as given (the aligner alone, without segmentation errors). */
    private final boolean segment;

    Evaluation(Segmenter segmenter, SentenceAligner aligner, boolean segment) {
        this.segmenter = segmenter;
        this.aligner = aligner;
        this.segment = segment;
    }

    /** Running text of one side and, per segment, the ids of the lines it overlaps. */
    record Side(List<Segment> segments, List<Set<Integer>> ids) {
    }

    String run(String name, List<Doc> docs) {
        long truePositives = 0;
        long predicted = 0;
        long gold = 0;
        long oracle = 0;
        long start = System.nanoTime();
        for (Doc doc : docs) {
            Side ar = side(doc.arabic(), LanguageTag.ARABIC, false);
            Side en = side(doc.english(), LanguageTag.ENGLISH, true);
            Set<Long> goldLinks = goldLinks(doc);
            Set<Long> links = new HashSet<>();
            for (Bead bead : aligner.align(ar.segments(), LanguageTag.ARABIC, en.segments(), LanguageTag.ENGLISH)) {
                for (int a : ids(ar, bead.sourceStart(), bead.sourceEnd())) {
                    for (int e : ids(en, bead.targetStart(), bead.targetEnd())) {
                        links.add(key(a, e));
                    }
                }
            }
            if (System.getenv("ALIGN_DEBUG") != null && !goldLinks.equals(links)) {
                debug(ar, en, doc, links, goldLinks);
            }
            gold += goldLinks.size();
            oracle += oracleLinks(ar, en, goldLinks);
            predicted += links.size();
            links.retainAll(goldLinks);
            truePositives += links.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%-22s links: gold %d, predicted %d, correct %d; P %.4f R %.4f; best P these segments allow %.4f (%.2f s, %d documents)",
                name, gold, predicted, truePositives, (double) truePositives / predicted,
                (double) truePositives / gold, (double) gold / oracle, seconds, docs.size());
    }

    private void debug(Side ar, Side en, Doc doc, Set<Long> links, Set<Long> goldLinks) {
        System.out.println("---- doc " + doc.arabic().get(0).ids());
        for (Bead bead : aligner.align(ar.segments(), LanguageTag.ARABIC, en.segments(), LanguageTag.ENGLISH)) {
            System.out.printf("%s %.2f %s %s%n", bead.shape(), bead.confidence(), ids(ar, bead.sourceStart(), bead.sourceEnd()),
                    ids(en, bead.targetStart(), bead.targetEnd()));
            for (int k = bead.sourceStart(); k < bead.sourceEnd(); k++) System.out.println("   AR " + ar.segments().get(k).text());
            for (int k = bead.targetStart(); k < bead.targetEnd(); k++) System.out.println("   EN " + en.segments().get(k).text());
        }
    }

    /**
     * How many links the best alignment of these segments would predict: segments joined by a
     * gold link form one bead, and a bead links each of its Arabic lines to each English one.
     */
    private static long oracleLinks(Side ar, Side en, Set<Long> goldLinks) {
        int n = ar.segments().size();
        int[] parent = new int[n + en.segments().size()];
        java.util.Arrays.setAll(parent, k -> k);
        for (int a = 0; a < n; a++) {
            for (int e = 0; e < en.segments().size(); e++) {
                if (linked(ar.ids().get(a), en.ids().get(e), goldLinks)) {
                    parent[find(parent, a)] = find(parent, n + e);
                }
            }
        }
        Set<Long> links = new HashSet<>();
        for (int a = 0; a < n; a++) {
            for (int e = 0; e < en.segments().size(); e++) {
                if (find(parent, a) == find(parent, n + e)) {
                    for (int x : ar.ids().get(a)) {
                        for (int y : en.ids().get(e)) {
                            links.add(key(x, y));
                        }
                    }
                }
            }
        }
        return links.size();
    }

    private static boolean linked(Set<Integer> arabic, Set<Integer> english, Set<Long> goldLinks) {
        for (int x : arabic) {
            for (int y : english) {
                if (goldLinks.contains(key(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** Arabic line k is the translation of the English line holding id k (keyed by its first id). */
    private static Set<Long> goldLinks(Doc doc) {
        Set<Integer> arabic = new HashSet<>();
        doc.arabic().forEach(l -> arabic.addAll(l.ids()));
        Set<Long> links = new HashSet<>();
        for (Line line : doc.english()) {
            for (int id : line.ids()) {
                if (arabic.contains(id)) {
                    links.add(key(id, line.ids().get(0)));
                }
            }
        }
        return links;
    }

    /** Segments the joined lines; English segments are keyed by their lines' first ids. */
    private Side side(List<Line> lines, LanguageTag language, boolean firstIdOnly) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (Line line : lines) {
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new int[] {text.length(), text.length() + line.text().length()});
            text.append(line.text());
        }
        List<Segment> segments = new ArrayList<>();
        if (segment) {
            segments.addAll(segmenter.segment(text.toString(), language));
        } else {
            for (int k = 0; k < lines.size(); k++) {
                segments.add(new Segment(lines.get(k).text(), spans.get(k)[0], spans.get(k)[1], 0));
            }
        }
        List<Set<Integer>> ids = new ArrayList<>();
        for (Segment segment : segments) {
            Set<Integer> overlapped = new TreeSet<>();
            for (int k = 0; k < lines.size(); k++) {
                if (spans.get(k)[0] < segment.end() && spans.get(k)[1] > segment.start()) {
                    Line line = lines.get(k);
                    if (firstIdOnly) {
                        overlapped.add(line.ids().get(0));
                    } else {
                        overlapped.addAll(line.ids());
                    }
                }
            }
            ids.add(overlapped);
            if (overlapped.size() > 1 && System.getenv("SEGMENT_DEBUG") != null) {
                System.out.println("spans " + overlapped + ": " + segment.text());
            }
        }
        return new Side(segments, ids);
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
