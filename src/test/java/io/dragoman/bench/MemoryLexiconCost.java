package io.dragoman.bench;

import io.dragoman.align.LearnedLexicon;
import io.dragoman.align.LexiconLearner;
import io.dragoman.bench.AlignCorpus.Doc;
import io.dragoman.bench.AlignCorpus.Line;
import io.dragoman.seed.GoldAlignment;
import io.dragoman.seed.SeedLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the memory lexicon the way the server does from its units, here from one half of FLORES
 * (every line pair of its documents) and the seed article's pairs, and prints what it cost: CPU
 * time of the learning thread and the heap the finished table keeps.
 */
final class MemoryLexiconCost {
    private MemoryLexiconCost() {
    }

    static LearnedLexicon learn(List<Doc> flores, int half) {
        List<String[]> pairs = new ArrayList<>();
        for (Doc doc : AlignCorpus.half(flores, half)) {
            List<Line> ar = doc.arabicLines();
            List<Line> en = doc.englishLines();
            for (int k = 0; k < ar.size(); k++) {
                pairs.add(new String[] {ar.get(k).text(), en.get(k).text()});
            }
        }
        GoldAlignment.load(SeedLoader.DOCUMENT).beads().stream().filter(GoldAlignment.Bead::isPair)
                .forEach(b -> pairs.add(new String[] {b.arabicText(), b.englishText()}));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long before = LexiconScale.usedHeap();
        long c0 = cpu.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        LearnedLexicon lexicon = new LexiconLearner(LexiconLearner.Settings.DEFAULTS).learn(pairs);
        long cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long wallMs = (System.nanoTime() - w0) / 1_000_000;
        long heap = LexiconScale.usedHeap() - before;
        System.out.printf("Memory lexicon from the %s half + seed: %d unit pairs -> %d word pairs; learning %d ms CPU (%d ms wall); "
                        + "table about %d KB of heap%n", half == 0 ? "tuning" : "held-out", pairs.size(), lexicon.size(),
                cpuMs, wallMs, heap / 1024);
        String sample = String.join(", ", lexicon.entries().stream().limit(12)
                .map(e -> e.arabic() + "=" + e.english()).toList());
        System.out.println("  first entries: " + sample);
        return lexicon;
    }
}
