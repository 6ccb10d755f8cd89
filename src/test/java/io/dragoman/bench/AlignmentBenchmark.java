package io.dragoman.bench;

import io.dragoman.align.AnchorSource;
import io.dragoman.align.Bead;
import io.dragoman.align.GlossaryAnchors;
import io.dragoman.align.LengthModel;
import io.dragoman.align.LexiconAnchors;
import io.dragoman.align.NumberAnchors;
import io.dragoman.align.SentenceAligner;
import io.dragoman.glossary.tbx.TbxReader;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Sentence alignment quality and speed on FLORES-200 devtest (not part of {@code mvn verify}):
 * <pre>
 * mvn -q -ntp test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.dragoman.bench.AlignmentBenchmark -Dexec.args="../shared/data/flores200-devtest"
 * </pre>
 * Each document's lines are joined into running text on both sides, segmented and aligned; the
 * predicted links (every Arabic line x English line that one bead joins) are compared with the
 * known line pairing. Variants: unchanged; 10 % of the Arabic lines deleted at random; 10 % of
 * the lines merged with the next English line (the first one's final stop becomes ";").
 */
public final class AlignmentBenchmark {
    private static final LanguageTag AR = LanguageTag.ARABIC;
    private static final LanguageTag EN = LanguageTag.ENGLISH;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/flores200-devtest");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Flores flores = Flores.load(dir);
        calibrate(flores);
        SentenceAligner.Settings d = SentenceAligner.Settings.DEFAULTS;
        SentenceAligner.Settings settings = new SentenceAligner.Settings(knob("anchorWeight", d.anchorWeight()),
                knob("omissionCost", d.omissionCost()), knob("paragraphPenalty", d.paragraphPenalty()),
                knob("boundaryPenalty", d.boundaryPenalty()),
                knob("paragraphAlignmentPenalty", d.paragraphAlignmentPenalty()), d.minBand());
        System.out.println(settings);
        SentenceAligner aligner = new SentenceAligner(anchors(), settings);
        Segmenter segmenter = Segmenter.defaults();
        for (boolean segment : new boolean[] {true, false}) {
            System.out.println(segment ? "Running text, segmented, aligned:" : "Lines as given, aligned (no segmentation):");
            Evaluation evaluation = new Evaluation(segmenter, aligner, segment);
            System.out.println(evaluation.run("unchanged", flores.documents()));
            System.out.println(evaluation.run("10% Arabic deleted", Perturb.deleteArabic(flores.documents(), 0.10, new Random(seed))));
            System.out.println(evaluation.run("English pairs merged", Perturb.mergeEnglish(flores.documents(), 0.10, new Random(seed))));
        }
        Timing.run(flores, segmenter, aligner);
    }

    /** A setting overridden with -Dname=value, for tuning runs. */
    private static double knob(String name, double fallback) {
        return Double.parseDouble(System.getProperty(name, String.valueOf(fallback)));
    }

    static List<AnchorSource> anchors() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("glossary/dragoman-glossary.tbx"))) {
            List<AnchorSource> sources = new ArrayList<>(List.of(new NumberAnchors(), GlossaryAnchors.ofDrafts(TbxReader.read(in, "glossary").concepts())));
            if (!Boolean.getBoolean("noLexicon")) {
                sources.add(LexiconAnchors.arabicEnglish());
            }
            return sources;
        }
    }

    /** The length model's two figures, measured on all line pairs. */
    static void calibrate(Flores flores) {
        double source = 0;
        double target = 0;
        List<int[]> pairs = new ArrayList<>();
        for (Doc doc : flores.documents()) {
            for (int k = 0; k < doc.arabic().size(); k++) {
                int a = LengthModel.length(doc.arabic().get(k).text());
                int e = LengthModel.length(doc.english().get(k).text());
                pairs.add(new int[] {a, e});
                source += a;
                target += e;
            }
        }
        double ratio = target / source;
        double squares = 0;
        for (int[] p : pairs) {
            squares += (p[1] - ratio * p[0]) * (p[1] - ratio * p[0]);
        }
        System.out.printf("length model from %d pairs: ratio %.3f, variance %.2f per Arabic character%n",
                pairs.size(), ratio, squares / source);
    }

    /** One line of a side: its text and the id of the gold unit(s) it stands for. */
    record Line(String text, List<Integer> ids) {
    }

    /** A document: Arabic and English lines; an Arabic line with id k translates English id k. */
    record Doc(List<Line> arabic, List<Line> english) {
    }

    record Flores(List<Doc> documents) {
        static Flores load(Path dir) throws IOException {
            List<String> ar = Files.readAllLines(dir.resolve("arb_Arab.devtest"), StandardCharsets.UTF_8);
            List<String> en = Files.readAllLines(dir.resolve("eng_Latn.devtest"), StandardCharsets.UTF_8);
            List<String> meta = Files.readAllLines(dir.resolve("metadata_devtest.tsv"), StandardCharsets.UTF_8);
            List<Doc> docs = new ArrayList<>();
            String url = null;
            Doc doc = null;
            for (int k = 0; k < ar.size(); k++) {
                String lineUrl = meta.get(k + 1).split("\t")[0];
                if (!lineUrl.equals(url)) {
                    doc = new Doc(new ArrayList<>(), new ArrayList<>());
                    docs.add(doc);
                    url = lineUrl;
                }
                doc.arabic().add(new Line(ar.get(k).strip(), List.of(k)));
                doc.english().add(new Line(en.get(k).strip(), List.of(k)));
            }
            return new Flores(docs);
        }
    }

    static final class Perturb {
        static List<Doc> deleteArabic(List<Doc> docs, double share, Random random) {
            Set<Integer> deleted = pick(docs, share, random, false);
            return docs.stream().map(d -> new Doc(
                    d.arabic().stream().filter(l -> !deleted.contains(l.ids().get(0))).toList(), d.english())).toList();
        }

        static List<Doc> mergeEnglish(List<Doc> docs, double share, Random random) {
            Set<Integer> firsts = pick(docs, share, random, true);
            List<Doc> out = new ArrayList<>();
            for (Doc doc : docs) {
                List<Line> english = new ArrayList<>();
                for (int k = 0; k < doc.english().size(); k++) {
                    Line line = doc.english().get(k);
                    if (firsts.contains(line.ids().get(0)) && k + 1 < doc.english().size()) {
                        Line next = doc.english().get(++k);
                        String joined = line.text().replaceFirst("[.!?\u2026]+(['\"\u201D\u2019)\\]]*)$", "$1;") + " " + next.text();
                        english.add(new Line(joined, List.of(line.ids().get(0), next.ids().get(0))));
                    } else {
                        english.add(line);
                    }
                }
                out.add(new Doc(doc.arabic(), english));
            }
            return out;
        }

        /** Random line ids; for merges, never the last line of a document nor two in a row. */
        private static Set<Integer> pick(List<Doc> docs, double share, Random random, boolean forMerge) {
            List<Integer> candidates = new ArrayList<>();
            int total = 0;
            for (Doc doc : docs) {
                int size = doc.arabic().size();
                total += size;
                for (int k = 0; k < (forMerge ? size - 1 : size); k++) {
                    candidates.add(doc.arabic().get(k).ids().get(0));
                }
            }
            java.util.Collections.shuffle(candidates, random);
            Set<Integer> picked = new HashSet<>();
            int wanted = (int) Math.round(total * share);
            for (int id : candidates) {
                if (picked.size() == wanted) {
                    break;
                }
                if (!forMerge || (!picked.contains(id - 1) && !picked.contains(id + 1))) {
                    picked.add(id);
                }
            }
            return picked;
        }
    }
}
