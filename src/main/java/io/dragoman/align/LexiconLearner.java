package io.dragoman.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns an Arabic-English word-translation table from sentence pairs with IBM Model 1 (Brown et
 * al. 1993): a few EM iterations in each direction, each side with a NULL word, each word counted
 * once per sentence pair (a unit rarely repeats a content word). A word pair is
 * kept when both directions agree that it translates (p(e|a) and p(a|e) each at least
 * {@code minProbability}), the words were seen together in at least {@code minCount} pairs, and it
 * is among the {@code topK} best of both of its words. Words in more than {@code maxShare} of the
 * pairs (the, في, said) are left out: they occur beside wrong sentences as often as beside right
 * ones, and would favour beads that cover more words. Fewer than {@code minPairs} sentence pairs
 * teach nothing: the table is empty.
 *
 * <p>Memory is bounded by {@code maxPairs} distinct co-occurring word pairs, about 60 bytes each
 * while learning (probabilities, counts and the pair index): 50,000 units of software strings
 * make 0.6 million pairs, 294,000 make 2.0 million. Pairs first seen after the table is full are
 * not learned.
 */
public final class LexiconLearner {
    /**
     * Learning limits. {@link #DEFAULTS} are first choices checked on the alignment benchmark
     * (docs/benchmarks.md), not searched: a word in at most 5 % of the units, a pair seen twice.
     */
    public record Settings(int iterations, int minCount, double minProbability, int topK, double maxShare,
                           int minPairs, int maxPairs, int maxWords) {
        public static final Settings DEFAULTS = new Settings(5, 2, 0.2, 3, 0.05, 20, 2_000_000, 80);
    }

    private static final int NULL = 0;
    private final Settings settings;

    public LexiconLearner(Settings settings) {
        this.settings = settings;
    }

    /** Learns from (Arabic, English) sentence pairs. Thread-safe: each call keeps its own state. */
    public LearnedLexicon learn(List<String[]> pairs) {
        if (pairs.size() < settings.minPairs()) {
            return LearnedLexicon.EMPTY;
        }
        // Words are read twice (counted, then numbered) rather than kept: a unit's words as
        // strings take several times its text.
        int most = (int) Math.max(settings.minCount(), settings.maxShare() * pairs.size());
        Vocabulary arabic = new Vocabulary();
        Vocabulary english = new Vocabulary();
        for (String[] pair : pairs) {
            arabic.count(LearnedLexicon.arabicWords(pair[0]));
            english.count(LearnedLexicon.englishWords(pair[1]));
        }
        arabic.admit(settings.minCount(), most);
        english.admit(settings.minCount(), most);
        List<int[]> arabicSentences = new ArrayList<>(pairs.size());
        List<int[]> englishSentences = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            arabicSentences.add(arabic.encode(LearnedLexicon.arabicWords(pair[0]), settings.maxWords()));
            englishSentences.add(english.encode(LearnedLexicon.englishWords(pair[1]), settings.maxWords()));
        }
        PairTable table = new PairTable(english.size(), settings.maxPairs());
        for (int p = 0; p < pairs.size(); p++) {
            table.count(arabicSentences.get(p), englishSentences.get(p));
        }
        for (int round = 0; round < settings.iterations(); round++) {
            table.iterate(arabicSentences, englishSentences, arabic.size(), english.size());
        }
        return table.select(settings, arabic.words, english.words);
    }

    /** Words kept for learning, numbered from 1 (0 is NULL). */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>(List.of(""));
        private Map<String, Integer> frequency = new HashMap<>();

        /** One sentence's words towards each word's count of sentences. */
        void count(List<String> sentence) {
            new LinkedHashSet<>(sentence).forEach(w -> frequency.merge(w, 1, Integer::sum));
        }

        void admit(int least, int most) {
            frequency.forEach((word, count) -> {
                if (count >= least && count <= most) {
                    ids.put(word, words.size());
                    words.add(word);
                }
            });
            frequency = null;
        }

        /** The sentence's known words, NULL first, each word once. */
        int[] encode(List<String> sentence, int maxWords) {
            Set<Integer> known = new LinkedHashSet<>();
            known.add(NULL);
            for (String word : sentence) {
                Integer id = ids.get(word);
                if (id != null && known.size() <= maxWords) {
                    known.add(id);
                }
            }
            return known.stream().mapToInt(Integer::intValue).toArray();
        }

        int size() {
            return words.size();
        }
    }
}
