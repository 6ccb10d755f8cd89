package io.dragoman.align;

import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as anchors, folded across digit scripts and separators: {@code ٣٫٨} and {@code 3.8} are
 * both {@code n:3.8}, {@code ٢٠٢٤} is {@code n:2024}, {@code 3,800} and {@code ٣٬٨٠٠} are
 * {@code n:3800}. A comma followed by exactly three digits groups thousands; any other comma
 * separates two numbers. A dot or the Arabic decimal separator (U+066B) marks decimals.
 */
public final class NumberAnchors implements AnchorSource {
    private static final Pattern NUMBER = Pattern.compile("(?<!\\p{Nd})\\p{Nd}+(?:[.,\\u066B\\u066C]\\p{Nd}+)*");
    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char ARABIC_THOUSANDS = '\u066C';

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        List<String> anchors = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            fold(m.group(), anchors);
        }
        return anchors;
    }

    private static void fold(String raw, List<String> out) {
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c)) {
                number.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '.' || c == ARABIC_DECIMAL) {
                number.append('.');
            } else if ((c == ',' || c == ARABIC_THOUSANDS) && groupOfThree(raw, i + 1)) {
                continue;
            } else {
                emit(number, out);
                number.setLength(0);
            }
        }
        emit(number, out);
    }

    private static boolean groupOfThree(String raw, int from) {
        int digits = 0;
        while (from + digits < raw.length() && Character.isDigit(raw.charAt(from + digits))) {
            digits++;
        }
        return digits == 3;
    }

    private static void emit(StringBuilder number, List<String> out) {
        if (number.length() == 0) {
            return;
        }
        String value = number.toString().replaceFirst("^0+(?=\\d)", "");
        out.add("n:" + value);
    }
}
