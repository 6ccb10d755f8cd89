package io.dragoman.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Keyboard accelerator markers of UI strings: Qt/KDE {@code &File}, GTK {@code _File},
 * LibreOffice {@code ~File}, anywhere in a word ({@code De&lete}, {@code الإ_سم}), and the
 * {@code (&F)} suffix some translations append. They mark the key, not a different text: matching
 * folds them ({@link Fold#ACCELERATORS}), QA checks that compare texts strip them.
 *
 * <p>A marker is a {@code &}, {@code _} or {@code ~} that:
 * <ul>
 *   <li>stands before a letter or digit (invisible controls between them aside), and not right
 *       after another marker character ({@code &_File} has none);</li>
 *   <li>is the only character of its kind in the text: two or more are not a label's single
 *       accelerator but literal ampersands ({@code &&} is Qt's escape for one, {@code a & b &c}),
 *       identifiers ({@code G_FILE_NAME}) or paths;</li>
 *   <li>is not the start of an entity ({@code &amp;}, {@code &#38;});</li>
 *   <li>for {@code _}, does not join the parts of an identifier: with three Latin letters or
 *       digits or more on each side, it is one unless the left part has a capital and the right
 *       part is lower case, which is how GTK marks a label word ({@code Pass_word},
 *       {@code Pre_view}). So {@code snake_case}, {@code http_proxy}, {@code MAX_SIZE},
 *       {@code New_York} and {@code Console_Getopt} keep theirs, while {@code Pr_eferences},
 *       {@code E_xit} and {@code i_n} lose it; a lower-case label word split three and three
 *       ({@code des_ktop}) reads as an identifier, the price of leaving {@code snake_case} alone.
 *       Arabic has no identifiers: {@code الإ_سم}, {@code ال_مساعدة} are labels.</li>
 * </ul>
 * A text rarely holds markers of two kinds; when it does, each that qualifies is removed. Removing
 * markers never makes another character qualify, and lower-casing never turns an identifier into
 * a label, so the fold is idempotent, before or after {@link Fold#CASE}.
 */
public final class Accelerators {
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\(\\s*[&_~][A-Za-z0-9]\\s*\\)");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final String MARKERS = "&_~";
    private static final int IDENTIFIER_PART = 3;
    private static final int[] NONE = new int[0];

    private Accelerators() {
    }

    /** Where the text's accelerator markers are (UTF-16 indexes, ascending; usually none or one). */
    public static int[] find(CharSequence text) {
        int[] count = new int[MARKERS.length()];
        int[] last = new int[MARKERS.length()];
        for (int i = 0; i < text.length(); i++) {
            int kind = MARKERS.indexOf(text.charAt(i));
            if (kind >= 0) {
                count[kind]++;
                last[kind] = i;
            }
        }
        int[] found = NONE;
        for (int kind = 0; kind < count.length; kind++) {
            if (count[kind] == 1 && isMarker(text, last[kind])) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = last[kind];
            }
        }
        Arrays.sort(found);
        return found;
    }

    /** The text without its accelerator markers (the matching fold). */
    public static String strip(String text) {
        int[] at = find(text);
        if (at.length == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() - at.length);
        int from = 0;
        for (int marker : at) {
            sb.append(text, from, marker);
            from = marker + 1;
        }
        return sb.append(text, from, text.length()).toString();
    }

    /**
     * The text without its markers and without a {@code (&F)}-style suffix: what QA compares, where
     * a translation that appends the source's key in brackets is not a different text.
     */
    public static String stripWithSuffix(String text) {
        String s = text.indexOf('(') >= 0 ? SUFFIX.matcher(text).replaceAll("") : text;
        return strip(s);
    }

    private static boolean isMarkerChar(char c) {
        return MARKERS.indexOf(c) >= 0;
    }

    /** Whether the character at {@code at}, the only one of its kind in {@code s}, is a marker. */
    private static boolean isMarker(CharSequence s, int at) {
        int next = at + 1;
        while (next < s.length() && Character.getType(s.charAt(next)) == Character.FORMAT) {
            next++;
        }
        if (next >= s.length() || !Character.isLetterOrDigit(Character.codePointAt(s, next))
                || (at > 0 && isMarkerChar(s.charAt(at - 1)))) {
            return false;
        }
        char marker = s.charAt(at);
        if (marker == '&') {
            return !ENTITY.matcher(s).region(at, s.length()).lookingAt();
        }
        return marker != '_' || !joinsIdentifier(s, at);
    }

    /**
     * Whether the {@code _} at {@code at} joins the parts of an identifier (see the class comment).
     * The parts run over the other marker characters and count only letters and digits, so that
     * removing another marker does not change the answer.
     */
    private static boolean joinsIdentifier(CharSequence s, int at) {
        int from = at;
        while (from > 0 && isIdentifierChar(s.charAt(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < s.length() && isIdentifierChar(s.charAt(to))) {
            to++;
        }
        CharSequence left = s.subSequence(from, at);
        CharSequence right = s.subSequence(at + 1, to);
        if (count(left, 'A', 'Z') + count(left, 'a', 'z') + count(left, '0', '9') < IDENTIFIER_PART
                || count(right, 'A', 'Z') + count(right, 'a', 'z') + count(right, '0', '9') < IDENTIFIER_PART) {
            return false;
        }
        boolean labelWord = count(left, 'A', 'Z') > 0 && count(right, 'A', 'Z') == 0 && count(right, 'a', 'z') > 0;
        return !labelWord;
    }

    private static boolean isIdentifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == '~';
    }

    private static int count(CharSequence s, char from, char to) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) >= from && s.charAt(i) <= to ? 1 : 0;
        }
        return n;
    }
}
