package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Recognition latency on a generated 100,000-concept glossary, 40-word sentences, Arabic and
 * English. Not part of {@code mvn verify}; run with
 * {@code mvn -B -q -ntp test-compile exec:java -Dexec.mainClass=io.dragoman.glossary.RecognitionBenchmark -Dexec.classpathScope=test}
 * (optional arguments: concept count, measured sentences).
 *
 * <p>Terms are distinct phrases of 1–4 words drawn uniformly from a 30,000-word pseudo-vocabulary
 * per language, each with one variant (a plural). Sentences draw words with Zipf-like
 * frequencies (Arabic ones with random proclitics and pronouns) and embed a glossary term every
 * eight words or so.
 * The baseline is the naive method: every normalised term and variant searched as a substring
 * of the normalised sentence.
 */
public final class RecognitionBenchmark {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] PROCLITICS = {"", "", "", "و", "ب", "ل", "ال", "وال", "بال", "لل", "فال"};
    private static final String[] ENCLITICS = {"", "", "", "", "ه", "ها", "هم"};

    private RecognitionBenchmark() {
    }

    public static void main(String[] args) {
        int concepts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Random random = new Random(42);
        String[] arabic = vocabulary(random, 30_000, true);
        String[] english = vocabulary(random, 30_000, false);
        long t0 = System.nanoTime();
        List<IndexedConcept> glossary = glossary(random, concepts, arabic, english);
        TermIndex index = new TermIndex();
        glossary.forEach(index::put);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("glossary: %,d concepts, %,d terms; index built in %,d ms; heap in use %d MB%n",
                index.size(), glossary.stream().mapToInt(c -> c.terms().size()).sum(), buildMs, usedMb);
        for (boolean ar : new boolean[] {true, false}) {
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < measured + 2_000; i++) {
                sentences.add(sentence(random, ar ? arabic : english, glossary, ar));
            }
            LanguageTag lang = ar ? LanguageTag.ARABIC : LanguageTag.ENGLISH;
            LanguageTag target = ar ? LanguageTag.ENGLISH : LanguageTag.ARABIC;
            long[] times = new long[measured];
            long hits = 0;
            for (int i = 0; i < sentences.size(); i++) {
                long start = System.nanoTime();
                hits += index.recognize(sentences.get(i), lang, target).size();
                if (i >= 2_000) {
                    times[i - 2_000] = System.nanoTime() - start;
                }
            }
            report(ar ? "Arabic  recognizer" : "English recognizer", times, hits / (double) sentences.size());
            report(ar ? "Arabic  naive scan" : "English naive scan",
                    naive(glossary, sentences.subList(0, 200), ar ? "ar" : "en"), Double.NaN);
        }
    }

    private static long[] naive(List<IndexedConcept> glossary, List<String> sentences, String lang) {
        List<String> forms = new ArrayList<>();
        for (IndexedConcept c : glossary) {
            for (IndexedTerm t : c.terms()) {
                if (t.lang().equals(lang)) {
                    forms.add(TextNormalizer.normalize(t.text()));
                    t.variants().forEach(v -> forms.add(TextNormalizer.normalize(v)));
                }
            }
        }
        long[] times = new long[sentences.size()];
        int found = 0;
        for (int i = 0; i < sentences.size(); i++) {
            long start = System.nanoTime();
            String norm = TextNormalizer.normalize(sentences.get(i));
            for (String form : forms) {
                if (norm.contains(form)) {
                    found++;
                }
            }
            times[i] = System.nanoTime() - start;
        }
        return found < 0 ? new long[0] : times;
    }

    private static void report(String what, long[] times, double hitsPerSentence) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %,d sentences of 40 words; p50 %.3f ms, p90 %.3f ms, p99 %.3f ms%s%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6, sorted[sorted.length * 99 / 100] / 1e6,
                Double.isNaN(hitsPerSentence) ? "" : String.format("; %.1f hits per sentence", hitsPerSentence));
    }

    private static String[] vocabulary(Random random, int size, boolean arabic) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int length = 3 + random.nextInt(5);
            for (int k = 0; k < length; k++) {
                w.append(arabic ? LETTERS.charAt(random.nextInt(LETTERS.length())) : (char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }

    /** Zipf-like: low indexes are drawn far more often, as in real text. */
    private static String word(Random random, String[] vocabulary) {
        double u = random.nextDouble();
        return vocabulary[(int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, u)) - 1)];
    }

    private static List<IndexedConcept> glossary(Random random, int count, String[] arabic, String[] english) {
        List<IndexedConcept> concepts = new ArrayList<>(count);
        long termId = 1;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            String ar;
            String en;
            do {
                ar = phrase(random, arabic, 1 + random.nextInt(4));
                en = phrase(random, english, 1 + random.nextInt(4));
            } while (!seen.add(ar) || !seen.add(en));
            List<IndexedTerm> terms = List.of(
                    new IndexedTerm(termId++, "ar", ar, TermStatus.PREFERRED, "noun", List.of(ar + "ات")),
                    new IndexedTerm(termId++, "en", en, TermStatus.PREFERRED, "noun", List.of(en + "e")));
            concepts.add(new IndexedConcept(i + 1, 0, "bench-" + i, "bench", terms));
        }
        return concepts;
    }

    private static String phrase(Random random, String[] vocabulary, int words) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words; k++) {
            sb.append(k == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return sb.toString();
    }

    private static String sentence(Random random, String[] vocabulary, List<IndexedConcept> glossary, boolean arabic) {
        List<String> words = new ArrayList<>();
        while (words.size() < 40) {
            if (random.nextInt(8) == 0) {
                IndexedTerm term = glossary.get(random.nextInt(glossary.size())).terms().get(arabic ? 0 : 1);
                words.addAll(Arrays.asList(term.text().split(" ")));
            } else {
                String w = word(random, vocabulary);
                words.add(arabic ? PROCLITICS[random.nextInt(PROCLITICS.length)] + w
                        + ENCLITICS[random.nextInt(ENCLITICS.length)] : w);
            }
        }
        return String.join(" ", words.subList(0, 40)) + (arabic ? "." : ".");
    }
}
