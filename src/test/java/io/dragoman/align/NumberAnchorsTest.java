package io.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dragoman.text.LanguageTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberAnchorsTest {
    private static final NumberAnchors NUMBERS = new NumberAnchors();

    private static void check(String text, String... expected) {
        assertEquals(List.of(expected), NUMBERS.anchors(text, LanguageTag.ARABIC));
    }

    @Test
    void foldsDigitScriptsAndDecimalSeparators() {
        check("بقيمة ٣٫٨ مليار دولار", "n:3.8");
        check("بقيمة 3.8 مليار دولار", "n:3.8");
        check("منذ عام ٢٠٢٤", "n:2024");
        check("منذ عام ۲۰۲۴", "n:2024");
    }

    @Test
    void thousandsSeparatorsGroupThreeDigits() {
        check("3,800 troops", "n:3800");
        check("٣٬٨٠٠ جندي", "n:3800");
        check("1,234,567 people", "n:1234567");
    }

    @Test
    void otherCommasSeparateNumbers() {
        check("scores 3,4 and 12", "n:3", "n:4", "n:12");
    }

    @Test
    void leadingZerosAndTextWithoutNumbers() {
        check("at 07:05", "n:7", "n:5");
        check("لا أرقام هنا");
    }
}
