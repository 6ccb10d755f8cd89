package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTagTest {
    private static void guess(String expected, String text) {
        assertEquals(LanguageTag.of(expected), LanguageTag.guess(text), text);
    }

    @Test
    void arabicLettersMakeArabic() {
        guess("ar", "ولقوة حفظ السلام دور");
    }

    @Test
    void latinLettersMakeEnglish() {
        guess("en", "a security team has a role");
    }

    @Test
    void theMajorityScriptWinsAndATieGoesToArabic() {
        guess("ar", "الرئيس الأمريكي، Joe Biden");
        guess("en", "The UN said غزة");
        guess("ar", "ab بت");
    }

    @Test
    void noLettersMakeEnglish() {
        guess("en", "");
        guess("en", "٣٫٨ 42 ؟!");
    }
}
