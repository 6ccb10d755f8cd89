package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.MemoryCheck;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code length-ratio}: a target far longer or shorter than the memory's own pairs would make it.
 * The measure is x = ln((Arabic length + 3) / (English length + 3)) in characters of prose
 * (placeholders and tags out, spaces collapsed), oriented the same way whichever side is the
 * source; the +3 damps the ratio of short strings. A unit is reported when its robust z-score
 * 0.6745·(x − median)/MAD (Iglewicz and Hoaglin) exceeds {@code z} in absolute value. Only units
 * whose source has at least {@code minSourceLength} characters and two words take part (a
 * gettext context prefix "context|" left out). A memory with fewer than
 * {@code minUnits} such units has no reliable distribution of its own and is judged against
 * Arabic–English UI text (median −0.13, MAD 0.13, measured on Debian's 293,688 pairs).
 */
public final class LengthRatio implements MemoryCheck {
    public static final String ID = "length-ratio";
    static final double PRIOR_MEDIAN = -0.13;
    static final double PRIOR_MAD = 0.13;

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.LENGTH; }

    @Override public Severity defaultSeverity() { return Severity.INFO; }

    /**
     * Off unless asked for: in a UI memory most outliers are faithful (Arabic is concise, names
     * get glossed); it pays on sentence memories, where it finds misalignments and omissions.
     */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String description() {
        return "The target/source length ratio is far outside the memory's own distribution (robust z-score).";
    }

    @Override
    public Map<String, Double> thresholds() {
        return Map.of("z", 3.5, "minSourceLength", 15.0, "minUnits", 30.0);
    }

    @Override
    public Accumulator start(QaContext context) {
        return new Ratios(context);
    }

    /** Code points of prose, each run of whitespace counted once, edges not at all. */
    static int proseLength(String text) {
        String prose = Markup.prose(text).strip();
        int length = 0;
        boolean space = false;
        for (int i = 0; i < prose.length(); i++) {
            char c = prose.charAt(i);
            boolean isSpace = Character.isWhitespace(c);
            if (!Character.isLowSurrogate(c) && !(isSpace && space)) {
                length++;
            }
            space = isSpace;
        }
        return length;
    }

    /**
     * The text to measure: without a gettext-style context prefix ("abbreviation|prop.", whose
     * translation is of the part after the bar only).
     */
    static String measured(String source, String target) {
        int bar = source.lastIndexOf('|');
        return bar > 0 && target.indexOf('|') < 0 && source.indexOf(' ', bar) < 0 ? source.substring(bar + 1) : source;
    }

    private final class Ratios implements Accumulator {
        private final QaContext context;
        private final int minSource;
        private long[] ids = new long[1024];
        private double[] xs = new double[1024];
        private int size;

        Ratios(QaContext context) {
            this.context = context;
            this.minSource = (int) context.threshold(LengthRatio.this, "minSourceLength");
        }

        @Override
        public void accept(QaUnit unit) {
            if (unit.target().isBlank() || unit.source().strip().equals(unit.target().strip())) {
                return;
            }
            String measured = measured(unit.source(), unit.target());
            int source = proseLength(measured);
            // A single token ("translator-credits") is a message key, not text to measure.
            if (source < minSource || measured.strip().indexOf(' ') < 0) {
                return;
            }
            int target = proseLength(unit.target());
            double arabic = unit.sourceIsArabic() ? source : target;
            double english = unit.sourceIsArabic() ? target : source;
            add(unit.id(), Math.log((arabic + 3) / (english + 3)));
        }

        private synchronized void add(long id, double x) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                xs = Arrays.copyOf(xs, size * 2);
            }
            ids[size] = id;
            xs[size++] = x;
        }

        @Override
        public synchronized List<QaIssue> finish() {
            double median = PRIOR_MEDIAN;
            double mad = PRIOR_MAD;
            if (size >= context.threshold(LengthRatio.this, "minUnits")) {
                double[] sorted = Arrays.copyOf(xs, size);
                median = median(sorted);
                double[] deviations = new double[size];
                for (int i = 0; i < size; i++) {
                    deviations[i] = Math.abs(xs[i] - median);
                }
                mad = Math.max(median(deviations), 0.02);
            }
            double limit = context.threshold(LengthRatio.this, "z");
            List<Long> flagged = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            Integer[] byId = new Integer[size];
            for (int i = 0; i < size; i++) {
                byId[i] = i;
            }
            Arrays.sort(byId, (a, b) -> Long.compare(ids[a], ids[b]));
            for (int i : byId) {
                double z = 0.6745 * (xs[i] - median) / mad;
                if (Math.abs(z) > limit) {
                    flagged.add(ids[i]);
                    scores.add(z);
                }
            }
            return report(flagged, scores, median);
        }

        private List<QaIssue> report(List<Long> flagged, List<Double> scores, double median) {
            List<QaIssue> issues = new ArrayList<>();
            for (int from = 0; from < flagged.size(); from += 500) {
                List<Long> batch = flagged.subList(from, Math.min(flagged.size(), from + 500));
                Map<Long, QaUnit> units = context.units().load(batch);
                for (int k = 0; k < batch.size(); k++) {
                    QaUnit unit = units.get(batch.get(k));
                    if (unit != null) {
                        issues.add(issue(unit, scores.get(from + k), median));
                    }
                }
            }
            return issues;
        }

        private QaIssue issue(QaUnit unit, double z, double median) {
            int source = proseLength(measured(unit.source(), unit.target()));
            int target = proseLength(unit.target());
            // z > 0: the Arabic side is long for its English side; the target is then too long
            // when it is the Arabic side.
            boolean targetLong = (z > 0) == unit.targetIsArabic();
            String message = String.format(java.util.Locale.ROOT,
                    "The target is unusually %s for its source: %d characters for %d (typical ratio %.2f; robust z = %.1f).",
                    targetLong ? "long" : "short", target, source,
                    unit.targetIsArabic() ? Math.exp(median) : Math.exp(-median), z);
            return QaIssue.of(LengthRatio.this, unit, List.of(), List.of(Span.of(0, unit.target().length())), message);
        }
    }

    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
