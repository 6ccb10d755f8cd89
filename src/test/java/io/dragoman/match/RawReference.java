package io.dragoman.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exhaustive scan that reads the raw texts with its own tokenisation, written without
 * Dragoman's {@code Tokenizer}, {@code TextNormalizer} or {@code Fold}, so that a normalisation gap
 * in Dragoman shows as a unit this scan finds and the index path does not. Rules (a textbook
 * tokeniser for UI strings):
 * <ol>
 *   <li>NFKC, format controls (category Cf) dropped.</li>
 *   <li>Placeholders are tokens as written: C/glibc printf ({@code %s %1$d %-5.2f %ld %'d %zu}),
 *       Python {@code %(name)s}, Qt {@code %1 %L1}, {@code {0} {0,number} {name} {{name}} ${name}},
 *       and markup tags.</li>
 *   <li>Accelerator markers removed: {@code &}, {@code _} or {@code ~} right before a letter or digit,
 *       when the text holds that character once (a label has one accelerator: two or more are
 *       identifiers such as {@code G_FILE_NAME} or literal ampersands), and not an entity {@code &amp;}.</li>
 *   <li>Words are runs of letters, marks and digits (an apostrophe between letters inside); numbers
 *       keep a {@code . , ٫ ٬} between digits. Everything else separates.</li>
 *   <li>Lower case; digits of any script to ASCII; Arabic harakat, dagger alef, Quranic marks and
 *       tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه.</li>
 * </ol>
 * Score: 100 × (L − d) / L rounded down, d the word-level Levenshtein distance, L the longer length.
 */
final class RawReference {
    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "%%",
            "%\\([A-Za-z_][\\w.-]*\\)[-#0+]*\\d*(?:\\.\\d+)?[a-zA-Z]",
            "%(?:[1-9]\\d*\\$)?[-#0+'I]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|h|ll|l|L|q|j|z|Z|t)?[diouxXeEfFgGaAcspnCS]",
            "%L?[1-9]\\d?",
            "\\{\\{\\s*[A-Za-z_][\\w.]*\\s*\\}\\}",
            "\\{\\d+(?:[,:][^{}]*)?\\}",
            "\\{[A-Za-z_][\\w.]*\\}",
            "\\$\\{[^{}\\s]+\\}",
            "</?[A-Za-z][\\w:.-]*(?:\\s[^<>]*)?/?>"));
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,\u066B\u066C]\\p{N}+)*|[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}]+)*");

    private final Map<String, Integer> ids = new HashMap<>();

    /** The text's tokens as dictionary ids (new tokens get new ids). */
    int[] ids(String raw) {
        List<String> tokens = tokens(raw);
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
        }
        return out;
    }

    static List<String> tokens(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
        List<String> out = new ArrayList<>();
        String once = "";
        for (char marker : new char[] {'&', '_', '~'}) {
            if (s.indexOf(marker) >= 0 && s.indexOf(marker) == s.lastIndexOf(marker)) {
                once += marker;
            }
        }
        Matcher p = PLACEHOLDER.matcher(s);
        int last = 0;
        while (p.find()) {
            words(s.substring(last, p.start()), once, out);
            out.add(p.group());
            last = p.end();
        }
        words(s.substring(last), once, out);
        return out;
    }

    private static void words(String text, String markers, List<String> out) {
        Matcher w = WORD.matcher(withoutAccelerators(text, markers));
        while (w.find()) {
            String word = fold(w.group());
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
    }

    /** {@code text} without the markers (of the kinds in {@code markers}) that stand before a letter or digit. */
    static String withoutAccelerators(String text, String markers) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeLetter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean entity = c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt();
            if (markers.indexOf(c) < 0 || !beforeLetter || entity) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isDigit(c)) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '\u066B') {
                sb.append('.');
            } else if (c == '\u066C') {
                sb.append(',');
            } else if (c == '\u2019') {
                sb.append('\'');
            } else if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                    || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED')) {
                continue;
            } else if (c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0671') {
                sb.append('\u0627');
            } else if (c == '\u0649') {
                sb.append('\u064A');
            } else if (c == '\u0629') {
                sb.append('\u0647');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Every text's score against {@code query}, or -1 below {@code threshold}. */
    static int[] scores(int[] query, int[][] texts, int threshold) {
        int[] out = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = score(query, texts[i], threshold);
        }
        return out;
    }

    static int score(int[] a, int[] b, int threshold) {
        int longer = Math.max(a.length, b.length);
        if (longer == 0) {
            return 100;
        }
        // Length bound: at least |m − n| edits.
        if (100 * (longer - Math.abs(a.length - b.length)) / longer < threshold) {
            return -1;
        }
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int score = 100 * (longer - previous[b.length]) / longer;
        return score >= threshold ? score : -1;
    }
}
