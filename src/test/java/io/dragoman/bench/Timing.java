package io.dragoman.bench;

import io.dragoman.align.Bead;
import io.dragoman.align.SentenceAligner;
import io.dragoman.bench.AlignmentBenchmark.Doc;
import io.dragoman.bench.AlignmentBenchmark.Flores;
import io.dragoman.bench.AlignmentBenchmark.Line;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Time to segment and align one long document: all FLORES lines, a paragraph per document. */
final class Timing {
    private Timing() {
    }

    static void run(Flores flores, Segmenter segmenter, SentenceAligner aligner) {
        String ar = text(flores.documents(), Doc::arabic);
        String en = text(flores.documents(), Doc::english);
        List<Segment> arabic = segmenter.segment(ar, LanguageTag.ARABIC);
        List<Segment> english = segmenter.segment(en, LanguageTag.ENGLISH);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = 7;
        long[][] nanos = new long[4][rounds];
        List<Bead> beads = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            segmenter.segment(ar, LanguageTag.ARABIC);
            segmenter.segment(en, LanguageTag.ENGLISH);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            beads = aligner.align(arabic, LanguageTag.ARABIC, english, LanguageTag.ENGLISH);
            nanos[0][r] = t1 - t0;
            nanos[1][r] = c1 - c0;
            nanos[2][r] = System.nanoTime() - t1;
            nanos[3][r] = cpu.getCurrentThreadCpuTime() - c1;
        }
        long pairs = beads.stream().filter(Bead::isPair).count();
        System.out.printf("one document of %d Arabic / %d English segments (%d / %d characters), median of %d runs "
                        + "after warm-up: segmentation %d ms wall / %d ms CPU, alignment %d ms wall / %d ms CPU; %d pairs%n",
                arabic.size(), english.size(), ar.length(), en.length(), rounds, median(nanos[0]) / 1_000_000,
                median(nanos[1]) / 1_000_000, median(nanos[2]) / 1_000_000, median(nanos[3]) / 1_000_000, pairs);
    }

    private static String text(List<Doc> docs, Function<Doc, List<Line>> side) {
        return docs.stream().map(d -> side.apply(d).stream().map(Line::text).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n\n"));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
