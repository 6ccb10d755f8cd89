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
 * </ul>
 * A lone underscore that joins the parts of an identifier is a marker too. Whether {@code _} marks a
 * label's key ({@code Pass_word}, {@code pre_view}, {@code slides_how}) or joins an identifier
 * ({@code snake_case}, {@code MAX_SIZE}, {@code Cambridge_Bay}) cannot be told from the text, since
 * GTK splits lower-case words anywhere. Read without it, a label finds its word
 * ({@code Remember pass_word} matches {@code Enter password}), and an identifier stays one word,
 * only no longer sharing the words of its parts ({@code http_proxy} with {@code HTTP proxy}).
 * Arabic labels mark the same way: {@code الإ_سم}, {@code ال_مساعدة}.
 *
 * <p>A text rarely holds markers of two kinds; when it does, each that qualifies is removed. Removing
 * markers never makes another character qualify, and lower case changes none of the rules, so the
 * fold is idempotent, before or after {@link Fold#CASE}.
 */
public final class Accelerators {
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\(\\s*[&_~][A-Za-z0-9]\\s*\\)");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final String MARKERS = "&_~";
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
        return s.charAt(at) != '&' || !ENTITY.matcher(s).region(at, s.length()).lookingAt();
    }
}
