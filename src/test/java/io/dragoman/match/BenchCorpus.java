package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic benchmark material: Zipf vocabularies taken from real text, a generated
 * sentence-length TM with clitics and near-duplicates, and perturbed queries.
 */
final class BenchCorpus {
    private static final String[] PROCLITICS = {"و", "ب", "ل", "ف", "وب", "ول", "وال", "بال"};
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'};

    /** Words of one language ranked by frequency, sampled with weight 1 / rank. */
    static final class Zipf {
        final String[] words;
        private final double[] cumulative;

        Zipf(Map<String, Integer> counts, int limit) {
            words = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).map(Map.Entry::getKey).toArray(String[]::new);
            cumulative = new double[words.length];
            double sum = 0;
            for (int i = 0; i < words.length; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
        }

        String sample(Random random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, u);
            return words[at >= 0 ? at : Math.min(words.length - 1, -at - 1)];
        }

        /** A word from the rare half: for queries that should match nothing. */
        String rare(Random random) {
            return words[words.length / 2 + random.nextInt(words.length - words.length / 2)];
        }
    }

    static Map<String, Integer> countWords(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (Token t : Tokenizer.tokenize(text)) {
                if (t.kind() == Token.Kind.WORD && t.surface().length() > 1) {
                    counts.merge(t.surface(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The same counts without Dragoman's tokenizer (runs of letters and marks), so that the queries
     * drawn from them are the same for any build: for comparing two builds' recall.
     */
    static Map<String, Integer> countWordsPlainly(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Matcher word = PLAIN_WORD.matcher(text);
            while (word.find()) {
                if (word.group().length() > 1) {
                    counts.merge(word.group(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** A sentence of about 12 words (log-normal length, 3–40). */
    static String sentence(Zipf vocabulary, Random random, boolean arabic) {
        int length = (int) Math.round(Math.exp(Math.log(12) + 0.45 * random.nextGaussian()));
        length = Math.max(3, Math.min(40, length));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (random.nextInt(40) == 0) {
                sb.append(random.nextInt(3) == 0 ? (1 + random.nextInt(99)) + "." + random.nextInt(10) : String.valueOf(1 + random.nextInt(2025)));
                continue;
            }
            String word = vocabulary.sample(random);
            if (arabic && random.nextInt(8) == 0 && !word.startsWith("ال")) {
                word = PROCLITICS[random.nextInt(PROCLITICS.length)] + word;
            }
            sb.append(word);
        }
        return sb.toString();
    }

    /** 1–3 word edits (delete, insert, substitute): a near-duplicate as real TMs hold. */
    static String nearDuplicate(String text, Zipf vocabulary, Random random) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && words.size() > 1; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, vocabulary.sample(random));
                default -> words.set(at, vocabulary.sample(random));
            }
        }
        return String.join(" ", words);
    }

    /** A query from a held-aside text: words dropped, swapped or inserted, marks, digit script. */
    static String perturb(String text, Zipf vocabulary, Random random, boolean arabic) {
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && words.size() > 1; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(5)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, vocabulary.sample(random));
                case 2 -> {
                    int next = (at + 1) % words.size();
                    String w = words.get(at);
                    words.set(at, words.get(next));
                    words.set(next, w);
                }
                case 3 -> words.set(at, arabic ? addHarakat(words.get(at), random) : words.get(at).toUpperCase());
                default -> words.set(at, arabic ? toArabicDigits(words.get(at)) : words.get(at));
            }
        }
        return String.join(" ", words);
    }

    static String noMatchQuery(Zipf vocabulary, Random random) {
        int length = 3 + random.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(i > 0 ? " " : "").append(vocabulary.rare(random));
        }
        return sb.toString();
    }

    private static String addHarakat(String word, Random random) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            sb.append(c);
            if (Character.isLetter(c) && random.nextInt(2) == 0) {
                sb.append(HARAKAT[random.nextInt(HARAKAT.length)]);
            }
        }
        return sb.toString();
    }

    private static String toArabicDigits(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c == '.' ? '\u066B' : c);
        }
        return sb.toString();
    }
}
