package io.dragoman.qa.check;

import io.dragoman.text.Accelerators;
import io.dragoman.text.TextNormalizer;
import java.util.regex.Pattern;

/**
 * The form under which two segments count as "the same text" for the consistency checks: accelerator
 * markers removed, every argument placeholder replaced by one marker (so {@code %s} and
 * {@code {0}}, or {@code %1} and {@code %2}, do not make two texts different; named ones such as
 * {@code %(name)s} keep their name), the matching normalisation
 * ({@link TextNormalizer}: case, Arabic letter forms and diacritics, digits, spaces), and the final
 * punctuation dropped ("Save" and "Save:" are translated alike), and the Arabic article ال left
 * out of every word.
 */
final class ConsistencyKey {
    private static final Pattern ARGUMENT = Pattern.compile("%\\d+(\\$.*)?|\\{\\d*\\}");
    private static final Pattern ARTICLE = Pattern.compile("(?<!\\p{L})\u0627\u0644(?=\\p{L}{2})");

    private ConsistencyKey() {
    }

    static String of(String text) {
        String s = Accelerators.stripWithSuffix(text);
        StringBuilder masked = new StringBuilder(s.length());
        int last = 0;
        for (Placeholders.Found p : Placeholders.find(s)) {
            // Argument numbers do not matter; names do (%(male_name)s is not %(female_name)s).
            String marker = ARGUMENT.matcher(p.key()).matches() ? "\u0001" : p.key();
            masked.append(s, last, p.span().start()).append(' ').append(marker).append(' ');
            last = p.span().end();
        }
        masked.append(s, last, s.length());
        String normal = withoutArticles(TextNormalizer.normalize(masked.toString()));
        int end = normal.length();
        while (end > 0 && isFinal(normal.charAt(end - 1))) {
            end--;
        }
        return normal.substring(0, end);
    }

    /**
     * «الدليل» and «دليل» for "Directory", «<b>المظهر</b>» and «<b>مظهر</b>»: the article does not
     * make a different translation.
     */
    private static String withoutArticles(String normal) {
        return normal.indexOf("\u0627\u0644") < 0 ? normal : ARTICLE.matcher(normal).replaceAll("");
    }


    private static boolean isFinal(char c) {
        return c == ' ' || c == '.' || c == ':' || c == '!' || c == '?' || c == ';' || c == ',' || c == '…';
    }

    /** 64-bit FNV-1a: compact keys for hundreds of thousands of units, collisions negligible. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
