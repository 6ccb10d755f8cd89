package io.dragoman.align;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as anchors, folded across digit scripts and separators by the tokenizer's matching
 * form: {@code ٣٫٨} and {@code 3.8} are both {@code n:3.8}, {@code ٢٠٢٤} is {@code n:2024},
 * {@code 3,800} and {@code ٣٬٨٠٠} are {@code n:3800}. A comma followed by exactly three digits
 * groups thousands; any other comma separates two numbers.
 */
public final class NumberAnchors implements AnchorSource {
    @Override
    public List<String> anchors(String text, LanguageTag language) {
        List<String> anchors = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.kind() == Token.Kind.NUMBER) {
                fold(token.norm(), anchors);
            }
        }
        return anchors;
    }

    /** {@code number} has ASCII digits, '.' for decimals and ',' between digit groups. */
    private static void fold(String number, List<String> out) {
        StringBuilder value = new StringBuilder();
        String[] groups = number.split(",", -1);
        for (int g = 0; g < groups.length; g++) {
            boolean thousands = g > 0 && groups[g].length() >= 3 && groups[g].indexOf('.') != 0
                    && groups[g].split("\\.", -1)[0].length() == 3;
            if (g > 0 && !thousands) {
                emit(value, out);
                value.setLength(0);
            }
            value.append(groups[g]);
        }
        emit(value, out);
    }

    private static void emit(StringBuilder number, List<String> out) {
        if (number.length() > 0) {
            out.add("n:" + number.toString().replaceFirst("^0+(?=\\d)", ""));
        }
    }
}
