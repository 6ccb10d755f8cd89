package io.dragoman.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * FLORES-200 devtest as document pairs, and the input shapes and perturbations the alignment
 * benchmark feeds to both aligners. A line's ids name the gold sentence(s) it stands for: Arabic
 * id k translates English id k.
 */
final class AlignCorpus {
    /** Ids of repeated captions start here, far above any FLORES line number. */
    static final int CAPTION_IDS = 1_000_000;

    private AlignCorpus() {
    }

    record Line(String text, List<Integer> ids) {
    }

    /** A document pair, each side a list of paragraphs of lines. */
    record Doc(List<List<Line>> arabic, List<List<Line>> english) {
        static Doc flat(List<Line> arabic, List<Line> english) {
            return new Doc(List.of(arabic), List.of(english));
        }

        List<Line> arabicLines() {
            return arabic.stream().flatMap(List::stream).toList();
        }

        List<Line> englishLines() {
            return english.stream().flatMap(List::stream).toList();
        }
    }

    /** The 281 documents (grouped by URL), each as one paragraph of lines per side. */
    static List<Doc> flores(Path dir) throws IOException {
        List<String> ar = Files.readAllLines(dir.resolve("arb_Arab.devtest"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(dir.resolve("eng_Latn.devtest"), StandardCharsets.UTF_8);
        List<String> meta = Files.readAllLines(dir.resolve("metadata_devtest.tsv"), StandardCharsets.UTF_8);
        List<Doc> docs = new ArrayList<>();
        String url = null;
        for (int k = 0; k < ar.size(); k++) {
            String lineUrl = meta.get(k + 1).split("\t")[0];
            if (!lineUrl.equals(url)) {
                docs.add(Doc.flat(new ArrayList<>(), new ArrayList<>()));
                url = lineUrl;
            }
            Doc doc = docs.get(docs.size() - 1);
            doc.arabic().get(0).add(new Line(ar.get(k).strip(), List.of(k)));
            doc.english().get(0).add(new Line(en.get(k).strip(), List.of(k)));
        }
        return docs;
    }

    /** Every other document: {@code half} 0 for tuning, 1 for the held-out half. */
    static List<Doc> half(List<Doc> docs, int half) {
        List<Doc> out = new ArrayList<>();
        for (int k = half; k < docs.size(); k += 2) {
            out.add(docs.get(k));
        }
        return out;
    }

    /** (a) one sentence per paragraph. */
    static Doc perLine(Doc doc) {
        return new Doc(doc.arabicLines().stream().map(List::of).toList(), doc.englishLines().stream().map(List::of).toList());
    }

    /** (c) the first line as a headline paragraph, the rest as running text. */
    static Doc article(Doc doc) {
        return new Doc(articleSide(doc.arabicLines()), articleSide(doc.englishLines()));
    }

    private static List<List<Line>> articleSide(List<Line> lines) {
        return lines.size() < 2 ? List.of(lines) : List.of(lines.subList(0, 1), lines.subList(1, lines.size()));
    }

    /** Consecutive documents joined until each has between 30 and 100 lines (flat, one paragraph per document). */
    static List<Doc> concatenated(List<Doc> docs, Random random) {
        List<Doc> out = new ArrayList<>();
        List<List<Line>> ar = new ArrayList<>();
        List<List<Line>> en = new ArrayList<>();
        int wanted = 30 + random.nextInt(71);
        int size = 0;
        for (Doc doc : docs) {
            ar.add(doc.arabicLines());
            en.add(doc.englishLines());
            size += doc.arabicLines().size();
            if (size >= wanted) {
                out.add(new Doc(ar, en));
                ar = new ArrayList<>();
                en = new ArrayList<>();
                size = 0;
                wanted = 30 + random.nextInt(71);
            }
        }
        if (!ar.isEmpty()) {
            out.add(new Doc(ar, en));
        }
        return out;
    }

    /** Each paragraph of a long document becomes a headline and a body paragraph. */
    static Doc longArticle(Doc doc) {
        List<List<Line>> ar = new ArrayList<>();
        List<List<Line>> en = new ArrayList<>();
        doc.arabic().forEach(p -> ar.addAll(articleSide(p)));
        doc.english().forEach(p -> en.addAll(articleSide(p)));
        return new Doc(ar, en);
    }

    /** Each paragraph's lines as paragraphs of their own. */
    static Doc longPerLine(Doc doc) {
        return perLine(doc);
    }

    /**
     * Drops {@code share} of the lines of one side at random, never a paragraph's only line;
     * with {@code keepHeadlines}, never a paragraph's first line either.
     */
    static List<Doc> drop(List<Doc> docs, boolean arabic, double share, boolean keepHeadlines, Random random) {
        List<Integer> candidates = new ArrayList<>();
        int total = 0;
        for (Doc doc : docs) {
            for (List<Line> paragraph : arabic ? doc.arabic() : doc.english()) {
                total += paragraph.size();
                for (int k = keepHeadlines ? 1 : 0; k < paragraph.size() && paragraph.size() > 1; k++) {
                    candidates.add(paragraph.get(k).ids().get(0));
                }
            }
        }
        Set<Integer> dropped = pick(candidates, (int) Math.round(total * share), random);
        UnaryOperator<List<List<Line>>> filter = side -> side.stream()
                .map(p -> p.stream().filter(l -> !dropped.contains(l.ids().get(0))).toList()).filter(p -> !p.isEmpty()).toList();
        return docs.stream().map(d -> arabic ? new Doc(filter.apply(d.arabic()), d.english())
                : new Doc(d.arabic(), filter.apply(d.english()))).toList();
    }

    /** Joins {@code share} of the English lines with the next line of their paragraph into one line. */
    static List<Doc> mergeEnglish(List<Doc> docs, double share, Random random) {
        List<Integer> candidates = new ArrayList<>();
        docs.forEach(d -> d.english().forEach(p -> p.subList(0, Math.max(0, p.size() - 1)).forEach(l -> candidates.add(l.ids().get(0)))));
        Set<Integer> firsts = pick(candidates, (int) Math.round(candidates.size() * share), random);
        List<Doc> out = new ArrayList<>();
        for (Doc doc : docs) {
            List<List<Line>> english = new ArrayList<>();
            for (List<Line> paragraph : doc.english()) {
                List<Line> lines = new ArrayList<>();
                for (int k = 0; k < paragraph.size(); k++) {
                    Line line = paragraph.get(k);
                    if (firsts.contains(line.ids().get(0)) && k + 1 < paragraph.size()) {
                        Line next = paragraph.get(++k);
                        String joined = line.text().replaceFirst("[.!?\u2026]+(['\"\u201D\u2019)\\]]*)$", "$1;") + " " + next.text();
                        lines.add(new Line(joined, List.of(line.ids().get(0), next.ids().get(0))));
                    } else {
                        lines.add(line);
                    }
                }
                english.add(lines);
            }
            out.add(new Doc(doc.arabic(), english));
        }
        return out;
    }

    /**
     * Cuts {@code share} of the Arabic lines in two at the Arabic comma nearest their middle; both
     * halves keep the line's id (a 2-1 bead is the right answer).
     */
    static List<Doc> splitArabic(List<Doc> docs, double share, Random random) {
        return docs.stream().map(d -> new Doc(d.arabic().stream().map(p -> {
            List<Line> lines = new ArrayList<>();
            for (Line line : p) {
                int cut = nearestComma(line.text());
                if (cut > 0 && random.nextDouble() < share * 2) {
                    lines.add(new Line(line.text().substring(0, cut).strip() + ".", line.ids()));
                    lines.add(new Line(line.text().substring(cut + 1).strip(), line.ids()));
                } else {
                    lines.add(line);
                }
            }
            return (List<Line>) lines;
        }).toList(), d.english())).toList();
    }

    private static int nearestComma(String text) {
        int best = -1;
        for (int k = text.indexOf('\u060C'); k >= 0; k = text.indexOf('\u060C', k + 1)) {
            if (k > 20 && text.length() - k > 20 && (best < 0 || Math.abs(k - text.length() / 2) < Math.abs(best - text.length() / 2))) {
                best = k;
            }
        }
        return best;
    }

    /**
     * A picture caption, the headline again, inserted as its own paragraph before the body's last
     * line on both sides; it has an id of its own, so it must pair with its copy, not the headline.
     */
    static Doc caption(Doc doc) {
        return new Doc(withCaption(doc.arabic()), withCaption(doc.english()));
    }

    private static List<List<Line>> withCaption(List<List<Line>> side) {
        if (side.size() < 2 || side.get(1).size() < 2) {
            return side;
        }
        Line headline = side.get(0).get(0);
        List<Line> body = side.get(1);
        List<List<Line>> out = new ArrayList<>(side.subList(0, 1));
        out.add(body.subList(0, body.size() - 1));
        out.add(List.of(new Line(headline.text(), List.of(CAPTION_IDS + headline.ids().get(0)))));
        out.add(body.subList(body.size() - 1, body.size()));
        return out;
    }

    private static Set<Integer> pick(List<Integer> candidates, int wanted, Random random) {
        List<Integer> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return new HashSet<>(shuffled.subList(0, Math.min(wanted, shuffled.size())));
    }
}
