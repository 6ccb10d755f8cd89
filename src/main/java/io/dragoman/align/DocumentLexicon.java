package io.dragoman.align;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A translation lexicon bootstrapped from a first alignment of the document pair itself, as
 * hunalign does without a dictionary: the 1-1 pairs the first pass is sure of are read as a small
 * parallel corpus, and word pairs that occur together in them far more than chance (Dice
 * coefficient at least {@value #MIN_DICE}, together at least {@value #MIN_TOGETHER} times, neither
 * word in more than a third of those pairs) become anchors for the second pass. Only documents of
 * {@value #MIN_PAIRS} sure pairs or more learn anything; shorter ones have too little evidence.
 */
final class DocumentLexicon implements AnchorSource {
    static final int MIN_PAIRS = 12;
    static final double MIN_DICE = 0.7;
    static final int MIN_TOGETHER = 2;
    static final double SURE = 0.9;
    private final Map<String, Set<String>> sourceKeys;
    private final Map<String, Set<String>> targetKeys;
    private final LanguageTag sourceLang;

    private DocumentLexicon(Map<String, Set<String>> sourceKeys, Map<String, Set<String>> targetKeys, LanguageTag sourceLang) {
        this.sourceKeys = sourceKeys;
        this.targetKeys = targetKeys;
        this.sourceLang = sourceLang;
    }

    /** The lexicon the first pass's sure pairs support; empty when there are too few of them. */
    static DocumentLexicon learn(List<Segment> source, LanguageTag sourceLang, List<Segment> target, List<Bead> beads) {
        List<Set<String>> sourceWords = new ArrayList<>();
        List<Set<String>> targetWords = new ArrayList<>();
        for (Bead bead : beads) {
            if (bead.sourceCount() == 1 && bead.targetCount() == 1 && bead.confidence() >= SURE) {
                sourceWords.add(words(source.get(bead.sourceStart()).text()));
                targetWords.add(words(target.get(bead.targetStart()).text()));
            }
        }
        Map<String, Set<String>> sourceKeys = new HashMap<>();
        Map<String, Set<String>> targetKeys = new HashMap<>();
        int pairs = sourceWords.size();
        if (pairs < MIN_PAIRS) {
            return new DocumentLexicon(sourceKeys, targetKeys, sourceLang);
        }
        // Only words seen often enough, and not everywhere, can pass: counting pairs of those
        // alone keeps the work near linear in the document's length.
        Map<String, Integer> sourceIds = eligible(sourceWords, pairs / 3);
        Map<String, Integer> targetIds = eligible(targetWords, pairs / 3);
        int[] sourceCounts = counts(sourceWords, sourceIds);
        int[] targetCounts = counts(targetWords, targetIds);
        // x * width + y rather than x << 32 | y: Long's hash folds the halves, and x ^ y collides.
        long width = Math.max(1, targetIds.size());
        Map<Long, Integer> together = new HashMap<>();
        for (int p = 0; p < pairs; p++) {
            for (String a : sourceWords.get(p)) {
                Integer x = sourceIds.get(a);
                for (String b : x == null ? Set.<String>of() : targetWords.get(p)) {
                    Integer y = targetIds.get(b);
                    if (y != null) {
                        together.merge((long) x * width + y, 1, Integer::sum);
                    }
                }
            }
        }
        String[] sourceNames = names(sourceIds);
        String[] targetNames = names(targetIds);
        together.forEach((key, count) -> {
            int x = (int) (key / width);
            int y = (int) (key % width);
            if (count >= MIN_TOGETHER && 2.0 * count / (sourceCounts[x] + targetCounts[y]) >= MIN_DICE) {
                String anchor = "d:" + x + ":" + y;
                sourceKeys.computeIfAbsent(sourceNames[x], k -> new HashSet<>()).add(anchor);
                targetKeys.computeIfAbsent(targetNames[y], k -> new HashSet<>()).add(anchor);
            }
        });
        return new DocumentLexicon(sourceKeys, targetKeys, sourceLang);
    }

    /** Words in at least {@value #MIN_TOGETHER} and at most {@code most} of the pairs, numbered. */
    private static Map<String, Integer> eligible(List<Set<String>> sentences, int most) {
        Map<String, Integer> counts = new HashMap<>();
        sentences.forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
        Map<String, Integer> ids = new HashMap<>();
        counts.forEach((word, count) -> {
            if (count >= MIN_TOGETHER && count <= most) {
                ids.put(word, ids.size());
            }
        });
        return ids;
    }

    private static int[] counts(List<Set<String>> sentences, Map<String, Integer> ids) {
        int[] counts = new int[ids.size()];
        sentences.forEach(words -> words.forEach(w -> {
            Integer id = ids.get(w);
            if (id != null) {
                counts[id]++;
            }
        }));
        return counts;
    }

    private static String[] names(Map<String, Integer> ids) {
        String[] names = new String[ids.size()];
        ids.forEach((word, id) -> names[id] = word);
        return names;
    }

    boolean isEmpty() {
        return sourceKeys.isEmpty();
    }

    @Override
    public double weight() {
        return 0.5;
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        Map<String, Set<String>> keys = language.equals(sourceLang) ? sourceKeys : targetKeys;
        return words(text).stream().flatMap(w -> keys.getOrDefault(w, Set.of()).stream()).toList();
    }

    /** Distinct matching forms of a segment's words (numbers are anchors of their own). */
    private static Set<String> words(String text) {
        return new HashSet<>(LearnedLexicon.words(text));
    }
}
