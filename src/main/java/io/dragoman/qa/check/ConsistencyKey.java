package io.dragoman.qa.check;

import io.dragoman.text.TextNormalizer;

/**
 * The form under which two segments count as "the same text" for the consistency checks: accelerator
 * markers removed, every placeholder replaced by one marker (so {@code %s} and {@code {0}}, or
 * {@code %1} and {@code %2}, do not make two texts different), the matching normalisation
 * ({@link TextNormalizer}: case, Arabic letter forms and diacritics, digits, spaces), and the final
 * punctuation dropped ("Save" and "Save:" are translated alike), and the Arabic article ال left
 * out of every word.
 */
final class ConsistencyKey {
    private ConsistencyKey() {
    }

    static String of(String text) {
        String s = Accelerators.strip(text);
        StringBuilder masked = new StringBuilder(s.length());
        int last = 0;
        for (Placeholders.Found p : Placeholders.find(s)) {
            masked.append(s, last, p.span().start()).append(" \u0001 ");
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

    /** «الدليل» and «دليل» for "Directory": the article does not make a different translation. */
    private static String withoutArticles(String normal) {
        if (normal.indexOf("\u0627\u0644") < 0) {
            return normal;
        }
        StringBuilder sb = new StringBuilder(normal.length());
        for (String word : normal.split(" ", -1)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.startsWith("\u0627\u0644") && word.length() > 4 ? word.substring(2) : word);
        }
        return sb.toString();
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
