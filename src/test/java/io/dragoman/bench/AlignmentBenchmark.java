package io.dragoman.bench;

import io.dragoman.align.AnchorSource;
import io.dragoman.align.DocumentAligner;
import io.dragoman.align.GlossaryAnchors;
import io.dragoman.align.LearnedLexicon;
import io.dragoman.align.SentenceAligner;
import io.dragoman.bench.AlignCorpus.Doc;
import io.dragoman.bench.Evaluation.Cut;
import io.dragoman.bench.Evaluation.Score;
import io.dragoman.bench.Evaluation.Side;
import io.dragoman.glossary.tbx.TbxReader;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Dragoman's sentence aligner against hunalign (empty dictionary) on the same inputs, in one run
 * (not part of {@code mvn verify}; {@code bench/align.sh} builds hunalign and runs this):
 * <pre>
 * java -cp ... io.dragoman.bench.AlignmentBenchmark FLORES_DIR HUNALIGN_BINARY WORK_DIR [seed]
 * </pre>
 * FLORES-200 devtest's 281 documents are split in two halves (even and odd positions); settings
 * were tuned on the even half, and the odd half is held out. Each variant is scored on both.
 */
public final class AlignmentBenchmark {
    private record Variant(String name, Function<List<Doc>, List<Doc>> make, Cut hunalignCut, boolean given) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Hunalign hunalign = new Hunalign(Path.of(args[1]), Files.createDirectories(Path.of(args[2])));
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        List<Doc> flores = AlignCorpus.flores(dir);
        Segmenter segmenter = Segmenter.defaults();
        SentenceAligner aligner = new SentenceAligner(anchors(LearnedLexicon.EMPTY));
        // "The memory": one half's sentence pairs and the seed article's, learned as the server learns its units.
        LearnedLexicon[] learned = {MemoryLexiconCost.learn(flores, 0), MemoryLexiconCost.learn(flores, 1)};
        SentenceAligner[] withMemory = {new SentenceAligner(anchors(learned[0])), new SentenceAligner(anchors(learned[1]))};

        if (Boolean.getBoolean("timingOnly")) {
            Timing.run(flores, segmenter, aligner, hunalign);
            Timing.run(flores, segmenter, withMemory[0], hunalign);
            return;
        }
        SegmentationF1.run(flores, segmenter);
        System.out.println();
        System.out.println("| input | Dragoman P / R (held-out) | Dragoman + memory lexicon (held-out) | hunalign P / R (held-out) "
                + "| Dragoman P / R (tuning half) | Dragoman + memory lexicon (tuning half) | hunalign P / R (tuning half) |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<Score> heldOut = new ArrayList<>();
        List<Score> heldOutWithMemory = new ArrayList<>();
        for (Variant variant : variants(seed)) {
            String[] cells = new String[6];
            for (int half = 1; half >= 0; half--) {
                List<Doc> docs = variant.make().apply(AlignCorpus.half(flores, half));
                Cut ours = variant.given() ? Cut.GIVEN : Cut.SEGMENTER;
                List<Side[]> sides = Evaluation.sides(docs, ours, ours, segmenter);
                Score score = Evaluation.score(docs, sides, align(aligner, sides));
                // The lexicon is learned from the other half: never from the documents it aligns.
                Score memory = Evaluation.score(docs, sides, align(withMemory[1 - half], sides));
                List<Side[]> theirSides = Evaluation.sides(docs, variant.hunalignCut(), variant.hunalignCut(), segmenter);
                Score theirs = Evaluation.score(docs, theirSides, hunalign.align(theirSides));
                int at = half == 1 ? 0 : 3;
                cells[at] = score.pr();
                cells[at + 1] = memory.pr();
                cells[at + 2] = theirs.pr();
                if (half == 1) {
                    heldOut.add(score);
                    heldOutWithMemory.add(memory);
                }
            }
            System.out.printf("| %s | %s |%n", variant.name(), String.join(" | ", cells));
        }
        System.out.println();
        Calibration.print(heldOut);
        System.out.println();
        System.out.println("With the memory lexicon:");
        Calibration.print(heldOutWithMemory);
        System.out.println();
        Timing.run(flores, segmenter, aligner, hunalign);
        System.out.println("With the memory lexicon (learned from the tuning half and the seed):");
        Timing.run(flores, segmenter, withMemory[0], hunalign);
    }

    private static List<List<io.dragoman.align.Bead>> align(SentenceAligner aligner, List<Side[]> sides) {
        return sides.stream()
                .map(p -> aligner.align(p[0].segments(), LanguageTag.ARABIC, p[1].segments(), LanguageTag.ENGLISH)).toList();
    }

    private static List<Variant> variants(long seed) {
        Function<Long, Random> random = offset -> new Random(seed + offset);
        return List.of(
                new Variant("(a) one sentence per paragraph", docs -> docs.stream().map(AlignCorpus::perLine).toList(), Cut.GIVEN, false),
                new Variant("(a') the same, segments given", docs -> docs.stream().map(AlignCorpus::perLine).toList(), Cut.GIVEN, true),
                new Variant("(b) (a), 10 % of Arabic sentences dropped",
                        docs -> AlignCorpus.drop(docs, true, 0.10, false, random.apply(1L)).stream().map(AlignCorpus::perLine).toList(), Cut.GIVEN, false),
                new Variant("(b') the same, segments given",
                        docs -> AlignCorpus.drop(docs, true, 0.10, false, random.apply(1L)).stream().map(AlignCorpus::perLine).toList(), Cut.GIVEN, true),
                new Variant("(c) article: headline paragraph, body running text", docs -> docs.stream().map(AlignCorpus::article).toList(), Cut.ICU, false),
                new Variant("(d) (c), 10 % of Arabic body sentences dropped",
                        docs -> AlignCorpus.drop(docs, true, 0.10, true, random.apply(2L)).stream().map(AlignCorpus::article).toList(), Cut.ICU, false),
                new Variant("long articles (30-100 sentences), 10 % Arabic body dropped",
                        docs -> AlignCorpus.drop(AlignCorpus.concatenated(docs, random.apply(3L)), true, 0.10, true, random.apply(4L))
                                .stream().map(AlignCorpus::longArticle).toList(), Cut.ICU, false),
                new Variant("long, one sentence per paragraph, 10 % English dropped",
                        docs -> AlignCorpus.drop(AlignCorpus.concatenated(docs, random.apply(3L)), false, 0.10, false, random.apply(5L))
                                .stream().map(AlignCorpus::longPerLine).toList(), Cut.GIVEN, false),
                new Variant("(a), 10 % of English pairs merged into one line",
                        docs -> AlignCorpus.mergeEnglish(docs, 0.10, random.apply(6L)).stream().map(AlignCorpus::perLine).toList(), Cut.GIVEN, false),
                new Variant("(a), about 10 % of Arabic sentences split at a comma",
                        docs -> AlignCorpus.splitArabic(docs, 0.10, random.apply(7L)).stream().map(AlignCorpus::perLine).toList(), Cut.GIVEN, false),
                new Variant("(c) with the headline repeated as a caption",
                        docs -> docs.stream().map(AlignCorpus::article).map(AlignCorpus::caption).toList(), Cut.ICU, false));
    }

    static List<AnchorSource> anchors(AnchorSource learned) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("glossary/dragoman-glossary.tbx"))) {
            return DocumentAligner.anchors(GlossaryAnchors.ofDrafts(TbxReader.read(in, "glossary").concepts()), learned);
        }
    }
}
