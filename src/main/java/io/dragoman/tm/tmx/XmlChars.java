package io.dragoman.tm.tmx;

/**
 * XML 1.0 cannot carry some characters at all (most C0 controls, lone surrogates, U+FFFE/FFFF),
 * not even escaped. A unit typed through the API may hold one; the export writes U+FFFD in its
 * place rather than a file that no tool can read.
 */
final class XmlChars {
    static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }
}
