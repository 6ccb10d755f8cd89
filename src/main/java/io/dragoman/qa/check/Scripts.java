package io.dragoman.qa.check;

/** Which writing system a character belongs to, for the untranslated check. */
final class Scripts {
    private Scripts() {
    }

    static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    static boolean hasArabicLetter(String text) {
        return text.codePoints().anyMatch(Scripts::isArabicLetter);
    }

    static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(Scripts::isLatinLetter);
    }
}
