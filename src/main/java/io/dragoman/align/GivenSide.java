package io.dragoman.align;

import io.dragoman.core.LimitExceededException;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of an alignment request as the caller gave it: a text for the segmenter, a list of
 * segments ({@code sourceSegments}), or a text with one segment per line. Given segments keep
 * their order and text (surrounding whitespace removed), each in a paragraph of its own; their
 * offsets point into the segments joined by line breaks.
 */
record GivenSide(String prefix, String text, List<String> given, boolean perLine) {
    String textField() {
        return prefix + "Text";
    }

    String segmentsField() {
        return prefix + "Segments";
    }

    void checkLimits(AlignmentConfig config) {
        long chars = given == null ? (text == null ? 0 : text.length())
                : given.stream().mapToLong(s -> s == null ? 0 : s.length()).sum();
        if (chars > config.maxChars()) {
            throw new LimitExceededException(given == null ? textField() : segmentsField(), "dragoman.alignment.max-chars", config.maxChars(), chars, "characters");
        }
    }

    void check(LanguageTag language, List<Violation> violations) {
        if (given != null && text != null) {
            violations.add(new Violation(segmentsField(), "give " + textField() + " or " + segmentsField() + ", not both"));
            return;
        }
        if (given != null && perLine) {
            violations.add(new Violation("oneSegmentPerLine", "applies to " + textField() + ", not to " + segmentsField()));
            return;
        }
        if (given == null) {
            if (text == null || text.isBlank()) {
                violations.add(new Violation(textField(), "must contain at least one sentence"));
            } else if (language != null) {
                ScriptCheck.problem(text, language).ifPresent(problem -> violations.add(new Violation(textField(), problem)));
            }
            return;
        }
        if (given.isEmpty()) {
            violations.add(new Violation(segmentsField(), "must contain at least one segment"));
            return;
        }
        for (int k = 0; k < given.size(); k++) {
            if (given.get(k) == null || given.get(k).isBlank()) {
                violations.add(new Violation(segmentsField() + "[" + k + "]", "must not be blank"));
                return;
            }
        }
        if (language != null) {
            ScriptCheck.problem(String.join("\n", given), language)
                    .ifPresent(problem -> violations.add(new Violation(segmentsField(), problem)));
        }
    }

    /** The segments as given, or one per line; {@code null} when the segmenter must cut the text. */
    List<Segment> segments() {
        if (given != null) {
            // Each given segment is a paragraph of its own: the caller cut it, so joining two of
            // them into one pair costs what crossing a paragraph does.
            List<Segment> segments = new ArrayList<>(given.size());
            int offset = 0;
            for (String segment : given) {
                String stripped = segment.strip();
                int start = offset + segment.indexOf(stripped);
                segments.add(new Segment(stripped, start, start + stripped.length(), segments.size()));
                offset += segment.length() + 1;
            }
            return segments;
        }
        return perLine ? lines(text) : null;
    }

    /** Each non-blank line a segment; a blank line starts a new paragraph. */
    static List<Segment> lines(String text) {
        List<Segment> segments = new ArrayList<>();
        int paragraph = 0;
        boolean blank = false;
        for (int from = 0; from <= text.length(); ) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(from, end);
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                blank = true;
            } else {
                paragraph += blank && !segments.isEmpty() ? 1 : 0;
                blank = false;
                int start = from + line.indexOf(stripped);
                segments.add(new Segment(stripped, start, start + stripped.length(), paragraph));
            }
            from = end + 1;
        }
        return segments;
    }
}
