package io.dragoman.qa;

import io.dragoman.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Spans stored as "start-end,start-end". */
final class SpanCodec {
    private SpanCodec() {
    }

    static String encode(List<Span> spans) {
        return spans.isEmpty() ? null : spans.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }

    static List<Span> decode(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            spans.add(Span.of(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return spans;
    }
}
