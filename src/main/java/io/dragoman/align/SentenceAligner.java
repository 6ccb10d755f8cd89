package io.dragoman.align;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the segments of a document with those of its translation: dynamic programming over
 * 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 beads, each costed by the Gale-Church length model, the anchors
 * both sides share (numbers, glossary concepts) and whether it would join two paragraphs. Omitted
 * or added sentences become 1-0 or 0-1 beads at a fixed cost instead of shifting the pairs after
 * them. Every bead gets a confidence: its posterior probability (forward-backward over the same
 * lattice) times how well its own lengths and anchors fit.
 *
 * <p>The search runs in a band around the diagonal that widens until the best path stays clear
 * of its edges, so long documents align in near-linear time. Thread-safe.
 */
public final class SentenceAligner {
    /**
     * The band stops widening here: memory stays at most (n + 1) x (2 x 512 + 1) cells per table
     * (about 165 MB per 8-byte table at the 20,000 segments a side that the service accepts, with
     * up to four tables alive during the backward pass), and a translation
     * that drifts more than 512 segments from the diagonal is not one document's translation.
     */
    static final int MAX_HALF_WIDTH = 512;
    private final List<AnchorSource> anchorSources;
    private final Settings settings;

    /**
     * @param anchorWeight     nats credited per anchor the two sides share
     * @param omissionCost     nats added to a 1-0 or 0-1 bead beyond its prior
     * @param paragraphPenalty nats charged when a bead joins segments of two paragraphs
     * @param boundaryPenalty  nats charged at each end of a pair where one document breaks a
     *                         paragraph and the other does not
     * @param paragraphAlignmentPenalty nats charged for a pair whose paragraphs the paragraph
     *                         alignment did not pair
     * @param minBand          smallest half-width of the search band, in segments
     */
    public record Settings(double anchorWeight, double omissionCost, double paragraphPenalty, double boundaryPenalty,
                           double paragraphAlignmentPenalty, int minBand) {
        public static final Settings DEFAULTS = new Settings(2.0, 0.0, 1.0, 1.5, 3.0, 30);
    }

    public SentenceAligner(List<AnchorSource> anchorSources, Settings settings) {
        this.anchorSources = List.copyOf(anchorSources);
        this.settings = settings;
    }

    public SentenceAligner(List<AnchorSource> anchorSources) {
        this(anchorSources, Settings.DEFAULTS);
    }

    /**
     * Two passes when the document is long enough: the first pass's sure pairs teach a
     * {@link DocumentLexicon}, whose word pairs anchor the second.
     */
    public List<Bead> align(List<Segment> source, LanguageTag sourceLang, List<Segment> target, LanguageTag targetLang) {
        // The fixed sources' keys are found once and serve both passes; the second adds the lexicon's.
        List<List<Keyed>> sourceKeys = keys(anchorSources, source, sourceLang);
        List<List<Keyed>> targetKeys = keys(anchorSources, target, targetLang);
        List<Bead> first = align(sourceKeys, targetKeys, source, target, sourceLang, targetLang);
        DocumentLexicon lexicon = DocumentLexicon.learn(source, sourceLang, target, first);
        if (lexicon.isEmpty()) {
            return first;
        }
        return align(plus(sourceKeys, keys(List.of(lexicon), source, sourceLang)),
                plus(targetKeys, keys(List.of(lexicon), target, targetLang)), source, target, sourceLang, targetLang);
    }

    private List<Bead> align(List<List<Keyed>> sourceKeys, List<List<Keyed>> targetKeys, List<Segment> source,
                             List<Segment> target, LanguageTag sourceLang, LanguageTag targetLang) {
        AnchorIds ids = new AnchorIds();
        BeadScorer.Side sourceSide = side(sourceKeys, source, ids);
        BeadScorer.Side targetSide = side(targetKeys, target, ids);
        LengthModel model = LengthModel.forPair(sourceLang, targetLang);
        double[] weights = ids.weights();
        ParagraphGroups.assign(sourceSide, targetSide, sides -> search(sides[0], sides[1], model, weights));
        return search(sourceSide, targetSide, model, weights);
    }

    /** An anchor key found in a segment, with the weight of the source that found it. */
    private record Keyed(String key, double weight) {
    }

    /** Each segment's anchor keys from {@code sources}, in source order. */
    private static List<List<Keyed>> keys(List<AnchorSource> sources, List<Segment> segments, LanguageTag language) {
        List<List<Keyed>> keys = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            List<Keyed> found = new ArrayList<>();
            for (AnchorSource source : sources) {
                for (String key : source.anchors(segment.text(), language)) {
                    found.add(new Keyed(key, source.weight()));
                }
            }
            keys.add(found);
        }
        return keys;
    }

    private static List<List<Keyed>> plus(List<List<Keyed>> keys, List<List<Keyed>> more) {
        List<List<Keyed>> joined = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            List<Keyed> both = new ArrayList<>(keys.get(k));
            both.addAll(more.get(k));
            joined.add(both);
        }
        return joined;
    }

    /** The best path through the lattice, in a band that widens until the path keeps clear of its edges. */
    private List<Bead> search(BeadScorer.Side source, BeadScorer.Side target, LengthModel model, double[] weights) {
        BeadScorer scorer = new BeadScorer(source, target, model, weights, settings);
        int n = source.size();
        int m = target.size();
        int slope = (int) Math.ceil((double) Math.max(n, m) / Math.max(1, Math.min(n, m)));
        int halfWidth = Math.max(settings.minBand(), slope + 2);
        while (true) {
            Lattice lattice = new Lattice(n, m, halfWidth);
            lattice.fill(scorer);
            List<Lattice.Step> path = lattice.path();
            if (halfWidth >= Math.min(Math.max(n, m), MAX_HALF_WIDTH) || !lattice.touchesBandEdge(path)) {
                return beads(path, lattice.posteriors(path, scorer), scorer);
            }
            halfWidth *= 2;
        }
    }

    /** Anchor keys numbered in order of first sight, each with its source's weight. */
    private static final class AnchorIds {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<Double> weights = new ArrayList<>();

        int intern(String key, double weight) {
            return ids.computeIfAbsent(key, k -> {
                weights.add(weight);
                return weights.size() - 1;
            });
        }

        double[] weights() {
            return weights.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private static List<Bead> beads(List<Lattice.Step> path, double[] posteriors, BeadScorer scorer) {
        List<Bead> beads = new ArrayList<>(path.size());
        for (int k = 0; k < path.size(); k++) {
            Lattice.Step step = path.get(k);
            BeadShape shape = step.shape();
            double fit = shape.isPair() ? scorer.fit(shape, step.i(), step.j()) : 1;
            double confidence = Math.max(0, Math.min(1, posteriors[k] * fit));
            beads.add(new Bead(step.i() - shape.source, shape.source, step.j() - shape.target, shape.target,
                    confidence));
        }
        return beads;
    }

    private static BeadScorer.Side side(List<List<Keyed>> keys, List<Segment> segments, AnchorIds ids) {
        int size = segments.size();
        int[] lengths = new int[size];
        int[][] anchors = new int[size][];
        int[] paragraphs = new int[size];
        int paragraph = -1;
        for (int k = 0; k < size; k++) {
            Segment segment = segments.get(k);
            lengths[k] = LengthModel.length(segment.text());
            // Paragraph numbers become 0, 1, 2... in order, whatever the caller numbered them.
            if (k == 0 || segment.paragraph() != segments.get(k - 1).paragraph()) {
                paragraph++;
            }
            paragraphs[k] = paragraph;
            anchors[k] = keys.get(k).stream().mapToInt(key -> ids.intern(key.key(), key.weight())).sorted().toArray();
        }
        return new BeadScorer.Side(lengths, anchors, paragraphs, new int[size]);
    }
}
