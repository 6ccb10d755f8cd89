package io.dragoman.qa.check;

import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.TextNormalizer;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small numbers written as words, so that "3 soldiers" = «ثلاثة جنود», "2nd level" = «المستوى
 * الثاني», "3D" = «ثلاثي الأبعاد» and "Email 3" = «البريد الثالث» are not reported as lost
 * numbers: cardinals zero to twelve (both genders in Arabic), ordinals first to twelfth, and the
 * Arabic "-fold" adjectives (ثنائي، ثلاثي…). Arabic words are read through their clitics
 * ({@link ArabicStemmer#candidates}: السبعة، والثاني). The Arabic dual is recognised apart.
 * Larger number words are rare in UI text and left out on purpose.
 */
final class NumberWords {
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        add(0, "zero", "صفر");
        add(1, "one", "first", "واحد", "واحدة", "أحد", "إحدى", "أول", "الأولى", "أولى", "أحادي", "أحادية");
        add(2, "two", "second", "double", "اثنان", "اثنين", "اثنتان", "اثنتين", "ثاني", "ثانية", "ثنائي", "ثنائية");
        add(3, "three", "third", "triple", "ثلاث", "ثلاثة", "ثالث", "ثالثة", "ثلاثي", "ثلاثية");
        add(4, "four", "fourth", "أربع", "أربعة", "رابع", "رابعة", "رباعي", "رباعية");
        add(5, "five", "fifth", "خمس", "خمسة", "خامس", "خامسة", "خماسي", "خماسية");
        add(6, "six", "sixth", "ست", "ستة", "سادس", "سادسة", "سداسي", "سداسية");
        add(7, "seven", "seventh", "سبع", "سبعة", "سابع", "سابعة", "سباعي", "سباعية");
        add(8, "eight", "eighth", "ثمان", "ثماني", "ثمانية", "ثامن", "ثامنة");
        add(9, "nine", "ninth", "تسع", "تسعة", "تاسع", "تاسعة");
        add(10, "ten", "tenth", "عشر", "عشرة", "عاشر", "عاشرة");
        add(11, "eleven", "eleventh", "الحادي عشر");
        add(12, "twelve", "twelfth", "الثاني عشر");
    }

    private NumberWords() {
    }

    private static void add(int value, String... words) {
        for (String word : words) {
            WORDS.put(TextNormalizer.normalize(word).toLowerCase(Locale.ROOT), value);
        }
    }

    /** Whether {@code text} writes the value as a word. */
    static boolean writes(String text, Object value) {
        if (!(value instanceof BigDecimal d) || d.scale() > 0 || d.compareTo(BigDecimal.valueOf(12)) > 0) {
            return false;
        }
        int n = d.intValue();
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            if (n > 10 && i + 1 < tokens.size() && WORDS.getOrDefault(t.norm() + " " + tokens.get(i + 1).norm(), -1) == n) {
                return true;
            }
            for (ArabicStemmer.Candidate c : ArabicStemmer.candidates(t.norm())) {
                if (c.enclitic().isEmpty() && WORDS.getOrDefault(c.stem(), -1) == n) {
                    return true;
                }
            }
            if (WORDS.getOrDefault(t.norm(), -1) == n) {
                return true;
            }
        }
        return false;
    }

    /** Whether an Arabic text has a word that looks like a dual noun (…ان, …ين). */
    static boolean hasDual(String text) {
        for (Token t : Tokenizer.tokenize(text)) {
            String w = t.norm();
            if (t.kind() == Token.Kind.WORD && w.length() >= 4 && (w.endsWith("ان") || w.endsWith("ين"))) {
                return true;
            }
        }
        return false;
    }
}
