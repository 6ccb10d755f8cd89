package io.dragoman.bench;

import io.dragoman.align.Bead;
import io.dragoman.align.SentenceAligner;
import io.dragoman.bench.AlignCorpus.Doc;
import io.dragoman.bench.AlignCorpus.Line;
import io.dragoman.bench.Evaluation.Cut;
import io.dragoman.bench.Evaluation.Side;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segmenter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Time to align one long document pair given as sentences: all 1,012 FLORES lines (10 % of the
 * Arabic ones dropped), and the same ten times over (10,120 lines a side). CPU time of the
 * aligning thread, median of 5 runs after warm-up; hunalign's wall time for the same files.
 */
final class Timing {
    private Timing() {
    }

    static void run(List<Doc> flores, Segmenter segmenter, SentenceAligner aligner, Hunalign hunalign) {
        for (int copies : new int[] {1, 10}) {
            List<Line> ar = new ArrayList<>();
            List<Line> en = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                int c = copy;
                for (Doc doc : flores) {
                    doc.arabicLines().forEach(l -> ar.add(new Line(l.text(), List.of(l.ids().get(0) + c * 10_000))));
                    doc.englishLines().forEach(l -> en.add(new Line(l.text(), List.of(l.ids().get(0) + c * 10_000))));
                }
            }
            List<Doc> docs = AlignCorpus.drop(List.of(Doc.flat(ar, en)), true, 0.10, false, new Random(9));
            List<Side[]> sides = Evaluation.sides(docs, Cut.GIVEN, Cut.GIVEN, segmenter);
            Side[] pair = sides.get(0);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            int rounds = copies == 1 ? 5 : 3;
            long[] nanos = new long[rounds];
            long[] wall = new long[rounds];
            List<Bead> beads = null;
            for (int r = 0; r < rounds; r++) {
                long w0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                beads = aligner.align(pair[0].segments(), LanguageTag.ARABIC, pair[1].segments(), LanguageTag.ENGLISH);
                nanos[r] = cpu.getCurrentThreadCpuTime() - c0;
                wall[r] = System.nanoTime() - w0;
            }
            Evaluation.Score ours = Evaluation.score(docs, sides, List.of(beads));
            Evaluation.Score theirs = Evaluation.score(docs, sides, hunalign.align(sides));
            System.out.printf("%d Arabic / %d English sentences: Dragoman %d ms CPU (%d ms wall), P/R %s; "
                            + "hunalign %d ms wall (one process), P/R %s%n",
                    pair[0].segments().size(), pair[1].segments().size(), median(nanos) / 1_000_000,
                    median(wall) / 1_000_000, ours.pr(), hunalign.lastNanos / 1_000_000, theirs.pr());
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
