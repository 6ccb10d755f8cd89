package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.UnitCheck;
import io.dragoman.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code number-mismatch}: a number of the source is not in the target, or the target has one
 * the source has not. Values are compared, not spellings ({@link Numbers}): ٣٫٨ = 3.8,
 * "3.8 مليار" = "3.8 billion", but 3.8 ≠ 38. Numbers inside placeholders and tags are code and do
 * not count. A lone 1 or 2 that only one side writes is accepted when the other side is Arabic
 * (the singular and the dual carry the number: «ملف» = "1 file", «ملفان» = "2 files"), and small
 * numbers written as words on the other side ("three" = 3, "2nd" = «الثاني») are accepted too.
 * A source that is a single code-like token (a message key such as {@code 4106458}) is skipped.
 */
public final class NumberMismatch implements UnitCheck {
    public static final String ID = "number-mismatch";

    private static final java.util.regex.Pattern DATE_FORMAT =
            java.util.regex.Pattern.compile("(?i)\\b(?:yyyy|yy|mm|dd|hh|ss)\\b|HHMMSS|YYYYMMDD");

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.NUMBERS; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public String description() {
        return "Numbers differ between source and target (values compared across digit scripts and separators).";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        List<Numbers.Num> source = Numbers.find(unit.source(), Markup.mask(unit.source()));
        List<Numbers.Num> target = Numbers.find(unit.target(), Markup.mask(unit.target()));
        if (source.isEmpty() && target.isEmpty() || unit.target().isBlank() || isKey(unit, target)) {
            return List.of();
        }
        List<Numbers.Num> extra = new ArrayList<>(target);
        List<Numbers.Num> missing = new ArrayList<>();
        for (Numbers.Num s : source) {
            Numbers.Num match = extra.stream().filter(s::sameAs).findFirst().orElse(null);
            if (match == null) {
                missing.add(s);
            } else {
                extra.remove(match);
            }
        }
        boolean onlyOneSideDiffers = missing.isEmpty() || extra.isEmpty();
        if (DATE_FORMAT.matcher(unit.source()).find()) {
            // "yyyy-mm-dd" spelled out in the target as «سنة(4)-شهر(2)-يوم(2)»: field widths, not numbers.
            extra.removeIf(n -> n.values().contains(BigDecimal.valueOf(2)) || n.values().contains(BigDecimal.valueOf(4)));
        }
        missing.removeIf(n -> excused(n, unit.target(), unit.targetIsArabic(), onlyOneSideDiffers));
        extra.removeIf(n -> excused(n, unit.source(), unit.sourceIsArabic(), onlyOneSideDiffers));
        if (missing.isEmpty() && extra.isEmpty()) {
            return List.of();
        }
        return List.of(QaIssue.of(this, unit, spans(missing), spans(extra), message(missing, extra)));
    }

    /**
     * A source that is one code-like token with digits ({@code 4106458}, {@code SD.62}) translated
     * by a text without any digit is a message key (GeoNames ids of city names), not a number.
     */
    private static boolean isKey(QaUnit unit, List<Numbers.Num> target) {
        String source = unit.source().strip();
        return target.isEmpty() && source.chars().noneMatch(Character::isWhitespace)
                && unit.target().chars().noneMatch(Character::isDigit);
    }

    private static boolean excused(Numbers.Num n, String otherText, boolean otherIsArabic, boolean onlyOneSide) {
        for (Object value : n.values()) {
            if (NumberWords.writes(otherText, value)) {
                return true;
            }
            boolean oneOrTwo = value instanceof BigDecimal d && (d.compareTo(BigDecimal.ONE) == 0
                    || d.compareTo(BigDecimal.valueOf(2)) == 0);
            if (oneOrTwo && otherIsArabic && onlyOneSide
                    && (((BigDecimal) value).intValue() == 1 || NumberWords.hasDual(otherText))) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> spans(List<Numbers.Num> numbers) {
        return numbers.stream().map(Numbers.Num::span).toList();
    }

    private static String message(List<Numbers.Num> missing, List<Numbers.Num> extra) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("the target lacks " + join(missing));
        }
        if (!extra.isEmpty()) {
            parts.add("the target has " + join(extra) + " which the source does not");
        }
        return "Numbers differ: " + String.join("; ", parts) + ".";
    }

    private static String join(List<Numbers.Num> numbers) {
        return numbers.stream().map(Numbers.Num::folded).collect(Collectors.joining(", "));
    }
}
