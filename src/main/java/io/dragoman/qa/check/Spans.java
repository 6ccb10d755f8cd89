package io.dragoman.qa.check;

import io.dragoman.qa.QaUnit;
import io.dragoman.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Quoting what spans cover, for messages. */
final class Spans {
    private Spans() {
    }

    static String quote(String text, List<Span> spans) {
        return spans.stream().map(s -> s.in(text)).collect(Collectors.joining(" "));
    }

    /** "missing from the target: …; not in the source: …" for items found on one side only. */
    static String differences(QaUnit unit, List<Span> missing, List<Span> extra) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing from the target: " + quote(unit.source(), missing));
        }
        if (!extra.isEmpty()) {
            parts.add("not in the source: " + quote(unit.target(), extra));
        }
        return String.join("; ", parts);
    }
}
