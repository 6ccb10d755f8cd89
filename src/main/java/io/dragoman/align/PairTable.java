package io.dragoman.align;

import io.dragoman.match.LongIntMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * IBM Model 1's translation probabilities in both directions over the word pairs that co-occur,
 * in primitive arrays indexed by a pair's slot. Word ids are the learner's; 0 is NULL on both
 * sides. Sentences are arrays of distinct ids with NULL first.
 */
final class PairTable {
    private final LongIntMap slots;
    private final long width;
    private final int maxPairs;
    private int size;
    private long[] keys = new long[1024];
    private int[] together = new int[1024];
    private float[] forward = new float[1024];
    private float[] backward = new float[1024];

    PairTable(int englishWords, int maxPairs) {
        this.width = englishWords;
        this.maxPairs = maxPairs;
        this.slots = new LongIntMap(1024);
    }

    /** Counts one sentence pair's co-occurrences, adding new pairs while there is room. */
    void count(int[] arabic, int[] english) {
        for (int a : arabic) {
            for (int e : english) {
                if (a == 0 && e == 0) {
                    continue;
                }
                long key = a * width + e;
                int slot = slots.get(key);
                if (slot < 0) {
                    if (size == maxPairs) {
                        continue;
                    }
                    slot = add(key);
                }
                together[slot]++;
            }
        }
    }

    private int add(long key) {
        if (size == together.length) {
            int grown = (int) Math.min(maxPairs, (long) size * 2);
            keys = Arrays.copyOf(keys, grown);
            together = Arrays.copyOf(together, grown);
            forward = Arrays.copyOf(forward, grown);
            backward = Arrays.copyOf(backward, grown);
        }
        slots.put(key, size);
        keys[size] = key;
        forward[size] = 1;
        backward[size] = 1;
        return size++;
    }

    /** One EM iteration in each direction: forward is p(english | arabic), backward p(arabic | english). */
    void iterate(List<int[]> arabicSentences, List<int[]> englishSentences, int arabicWords, int englishWords) {
        float[] forwardCounts = new float[size];
        float[] backwardCounts = new float[size];
        double[] arabicTotals = new double[arabicWords];
        double[] englishTotals = new double[englishWords];
        for (int p = 0; p < arabicSentences.size(); p++) {
            int[] ar = arabicSentences.get(p);
            int[] en = englishSentences.get(p);
            int[] cells = new int[ar.length * en.length];
            for (int x = 0; x < ar.length; x++) {
                for (int y = 0; y < en.length; y++) {
                    cells[x * en.length + y] = x == 0 && y == 0 ? -1 : slots.get(ar[x] * width + en[y]);
                }
            }
            expect(cells, ar, en, true, forward, forwardCounts, arabicTotals);
            expect(cells, en, ar, false, backward, backwardCounts, englishTotals);
        }
        normalise(forwardCounts, backwardCounts, arabicTotals, englishTotals);
    }

    /**
     * The E-step of one direction for one sentence pair: each generated word's unit count is
     * shared among the words (NULL included) that may have generated it, in proportion to t.
     */
    private static void expect(int[] cells, int[] generating, int[] generated, boolean arabicGenerates, float[] t,
                               float[] counts, double[] totals) {
        int columns = arabicGenerates ? generated.length : generating.length;
        for (int h = 1; h < generated.length; h++) {
            double sum = 0;
            for (int g = 0; g < generating.length; g++) {
                int slot = cells[arabicGenerates ? g * columns + h : h * columns + g];
                sum += slot < 0 ? 0 : t[slot];
            }
            for (int g = 0; sum > 0 && g < generating.length; g++) {
                int slot = cells[arabicGenerates ? g * columns + h : h * columns + g];
                if (slot >= 0) {
                    counts[slot] += (float) (t[slot] / sum);
                    totals[generating[g]] += t[slot] / sum;
                }
            }
        }
    }

    private void normalise(float[] forwardCounts, float[] backwardCounts, double[] arabicTotals, double[] englishTotals) {
        for (int slot = 0; slot < size; slot++) {
            int a = (int) (keys[slot] / width);
            int e = (int) (keys[slot] % width);
            forward[slot] = arabicTotals[a] > 0 ? (float) (forwardCounts[slot] / arabicTotals[a]) : 0;
            backward[slot] = englishTotals[e] > 0 ? (float) (backwardCounts[slot] / englishTotals[e]) : 0;
        }
    }

    /**
     * The pairs both directions agree on, seen together at least {@code minCount} times, best
     * first (by p(e|a) x p(a|e)), each word keeping at most {@code topK} translations.
     */
    LearnedLexicon select(LexiconLearner.Settings settings, List<String> arabicWords, List<String> englishWords) {
        List<Integer> kept = new ArrayList<>();
        for (int slot = 0; slot < size; slot++) {
            boolean words = keys[slot] / width > 0 && keys[slot] % width > 0;
            if (words && together[slot] >= settings.minCount() && forward[slot] >= settings.minProbability()
                    && backward[slot] >= settings.minProbability()) {
                kept.add(slot);
            }
        }
        kept.sort(Comparator.comparingDouble((Integer slot) -> (double) forward[slot] * backward[slot]).reversed()
                .thenComparingLong(slot -> keys[slot]));
        int[] arabicUses = new int[arabicWords.size()];
        int[] englishUses = new int[englishWords.size()];
        List<LearnedLexicon.Entry> entries = new ArrayList<>();
        for (int slot : kept) {
            int a = (int) (keys[slot] / width);
            int e = (int) (keys[slot] % width);
            if (arabicUses[a] < settings.topK() && englishUses[e] < settings.topK()) {
                arabicUses[a]++;
                englishUses[e]++;
                entries.add(new LearnedLexicon.Entry(arabicWords.get(a), englishWords.get(e),
                        forward[slot], backward[slot]));
            }
        }
        return new LearnedLexicon(entries);
    }
}
