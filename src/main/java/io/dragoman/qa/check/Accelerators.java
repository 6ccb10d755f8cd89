package io.dragoman.qa.check;

import java.util.regex.Pattern;

/**
 * Keyboard accelerator markers of UI strings: GTK {@code _File}, Qt/KDE {@code &File},
 * LibreOffice {@code ~File}, and the "(&F)" suffix some translations append. They are part of a
 * correct translation, not a difference: checks that compare texts strip them first.
 */
final class Accelerators {
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\(\\s*[&_~][A-Za-z0-9]\\s*\\)");

    private Accelerators() {
    }

    /**
     * The text without its accelerator marker. A marker is one {@code _ & ~} before a letter or
     * digit; only the first kind that occurs exactly once counts, so identifiers such as
     * {@code G_FILE_NAME} and escapes such as {@code &&} or {@code &amp;} stay.
     */
    static String strip(String text) {
        String s = text;
        if (s.indexOf('(') >= 0) {
            s = SUFFIX.matcher(s).replaceAll("");
        }
        for (char marker : new char[] {'_', '&', '~'}) {
            int at = singleMarker(s, marker);
            if (at >= 0) {
                return s.substring(0, at) + s.substring(at + 1);
            }
        }
        return s;
    }

    private static int singleMarker(String s, char marker) {
        int first = s.indexOf(marker);
        if (first < 0 || s.indexOf(marker, first + 1) >= 0 || first + 1 >= s.length()) {
            return -1;
        }
        int next = s.codePointAt(first + 1);
        if (!Character.isLetterOrDigit(next)) {
            return -1;
        }
        if (marker == '&' && s.indexOf(';', first) > first && s.substring(first).matches("(?s)&#?\\w+;.*")) {
            return -1;
        }
        return first;
    }
}
