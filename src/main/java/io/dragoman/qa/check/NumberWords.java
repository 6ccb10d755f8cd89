package io.dragoman.qa.check;

import io.dragoman.text.TextNormalizer;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small numbers written as words (zero to twelve, both genders in Arabic), and the Arabic dual,
 * so that "2 files" = «ملفان» and "three" = 3 are not reported as lost numbers. Larger number
 * words are rare in UI text and left out on purpose.
 */
final class NumberWords {
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[] english = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve"};
        for (int i = 0; i < english.length; i++) {
            WORDS.put(english[i], i);
        }
        String[][] arabic = {{"صفر"}, {"واحد", "واحدة", "أحد", "إحدى"}, {"اثنان", "اثنين", "اثنتان", "اثنتين"},
                {"ثلاث", "ثلاثة"}, {"أربع", "أربعة"}, {"خمس", "خمسة"}, {"ست", "ستة"}, {"سبع", "سبعة"},
                {"ثمان", "ثماني", "ثمانية"}, {"تسع", "تسعة"}, {"عشر", "عشرة"}};
        for (int i = 0; i < arabic.length; i++) {
            for (String word : arabic[i]) {
                WORDS.put(TextNormalizer.normalize(word), i);
            }
        }
    }

    private NumberWords() {
    }

    /** Whether {@code text} writes the value as a word (with an optional و/ف before it in Arabic). */
    static boolean writes(String text, Object value) {
        if (!(value instanceof BigDecimal d) || d.scale() > 0 || d.compareTo(BigDecimal.valueOf(12)) > 0) {
            return false;
        }
        int n = d.intValue();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.kind() == Token.Kind.WORD && (n == value(t.norm()) || (t.norm().length() > 2
                    && (t.norm().startsWith("و") || t.norm().startsWith("ف")) && n == value(t.norm().substring(1))))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an Arabic text has a word that looks like a dual noun (…ان, …ين, …تان, …تين). */
    static boolean hasDual(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (Token t : tokens) {
            String w = t.norm();
            if (t.kind() == Token.Kind.WORD && w.length() >= 4 && (w.endsWith("ان") || w.endsWith("ين"))) {
                return true;
            }
        }
        return false;
    }

    private static int value(String norm) {
        return WORDS.getOrDefault(norm, -1);
    }
}
