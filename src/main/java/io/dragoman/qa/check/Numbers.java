package io.dragoman.qa.check;

import io.dragoman.text.Span;
import io.dragoman.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers written in digits in a text, each with every value it may stand for, so that the
 * same quantity written differently compares equal: digits of any script (٢٠٢٤ = 2024), the
 * Arabic decimal and thousands separators (٣٫٨ = 3.8, ١٬٠٠٠ = 1,000), a comma or a dot read as
 * either a decimal or a thousands separator when the grouping allows both (1,000 = 1.000), and a
 * scale word after the number (3.8 billion = 3.8 مليار = 3,800 million). Signs are ignored: a
 * minus typed on the wrong side of a number in right-to-left text is a display matter.
 */
final class Numbers {
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,\u066B\u066C]\\p{Nd}+)*");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \u00A0]?(\\p{L}+)");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000L)), Map.entry("thousands", BigDecimal.valueOf(1_000L)),
            Map.entry("million", BigDecimal.valueOf(1_000_000L)), Map.entry("millions", BigDecimal.valueOf(1_000_000L)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)), Map.entry("billions", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            // Normalised Arabic: ألف/الف, آلاف, مليون, ملايين, مليار(ات), بليون, تريليون.
            Map.entry("الف", BigDecimal.valueOf(1_000L)), Map.entry("الاف", BigDecimal.valueOf(1_000L)),
            Map.entry("مليون", BigDecimal.valueOf(1_000_000L)), Map.entry("ملايين", BigDecimal.valueOf(1_000_000L)),
            Map.entry("مليار", BigDecimal.valueOf(1_000_000_000L)), Map.entry("مليارات", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("بليون", BigDecimal.valueOf(1_000_000_000L)), Map.entry("تريليون", BigDecimal.valueOf(1_000_000_000_000L)));

    /** A number as written, where, and the values it may stand for (or its digits when it is no plain number: 3.8.4). */
    record Num(String folded, Span span, Set<Object> values) {
        boolean sameAs(Num other) {
            for (Object v : values) {
                if (other.values.contains(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Numbers() {
    }

    /**
     * The numbers of {@code text}, skipping the masked stretches (placeholders, tags). Digits glued
     * to letters count too ({@code SlateGray3}, {@code kf5}, {@code A320}): translations often
     * split them off.
     */
    static List<Num> find(String text, boolean[] masked) {
        List<Num> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (masked[m.start()]) {
                continue;
            }
            String folded = TextNormalizer.normalize(m.group());
            if (isList(folded)) {
                // "10,10,150,10": a list of numbers, each compared on its own.
                int at = m.start();
                for (String part : m.group().split("[,\u066C]")) {
                    numbers.add(new Num(TextNormalizer.normalize(part), Span.of(at, at + part.length()), values(TextNormalizer.normalize(part))));
                    at += part.length() + 1;
                }
                continue;
            }
            Set<Object> values = values(folded);
            Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
            BigDecimal scale = next.lookingAt() ? SCALES.get(TextNormalizer.normalize(next.group(1))) : null;
            if (scale != null) {
                for (Object v : List.copyOf(values)) {
                    if (v instanceof BigDecimal d) {
                        values.add(d.multiply(scale).stripTrailingZeros());
                    }
                }
            }
            numbers.add(new Num(folded, Span.of(m.start(), m.end()), values));
        }
        return numbers;
    }

    /** Commas that are neither thousands separators nor one decimal comma: 1,2,3 or 10,10,150. */
    private static boolean isList(String folded) {
        return folded.indexOf(',') >= 0 && folded.indexOf('.') < 0 && !THOUSANDS_COMMA.matcher(folded).matches()
                && folded.indexOf(',') != folded.lastIndexOf(',');
    }

    static Set<Object> values(String folded) {
        Set<Object> values = new HashSet<>();
        if (THOUSANDS_COMMA.matcher(folded).matches()) {
            values.add(decimal(folded.replace(",", "")));
        }
        if (THOUSANDS_DOT.matcher(folded).matches()) {
            values.add(decimal(folded.replace(".", "").replace(',', '.')));
        }
        if (DECIMAL.matcher(folded).matches()) {
            values.add(decimal(folded.replace(',', '.')));
        }
        if (values.isEmpty()) {
            values.add(folded);
        }
        return values;
    }

    private static BigDecimal decimal(String plain) {
        return new BigDecimal(plain).stripTrailingZeros();
    }
}
