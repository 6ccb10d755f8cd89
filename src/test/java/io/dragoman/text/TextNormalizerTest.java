package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static void check(String input, String expected) {
        assertEquals(expected, TextNormalizer.normalize(input));
    }

    @Test void lamAlefLigature() { check("\uFEFB", "لا"); }

    @Test void presentationForms() { check("\uFEB3\uFEE0\uFE8E\uFEE1", "سلام"); }

    @Test void fullWidthLatin() { check("ＵＮ", "un"); }

    // Found by TextFuzzTest: a removed control or tatweel joined marks that NFKC then had to
    // reorder or compose, so normalising twice changed the form.
    @Test void marksJoinedByARemovedControlAreReordered() { check("\u031A\u200F\u0310", "\u0310\u031A"); }

    @Test void letterAndMarkJoinedByARemovedTatweelCompose() { check("e\u0640\u0301", "\u00E9"); }

    @Test void bidiMarksRemoved() { check("\u200Fغزة\u200E", "غزه"); }

    @Test void zeroWidthNonJoinerRemoved() { check("می\u200Cخواهم", "ميخواهم"); }

    @Test void arabicIndicDigits() { check("٢٠٢٤", "2024"); }

    @Test void persianDigits() { check("۱۴۰۳", "1403"); }

    @Test void arabicDecimalSeparator() { check("٣٫٨", "3.8"); }

    @Test void arabicThousandsSeparator() { check("١٬٠٠٠", "1,000"); }

    @Test void acceleratorFolded() { check("&Save the file", "save the file"); }

    @Test void acceleratorInsideAnArabicWordFolded() { check("الإ_سم", "الاسم"); }

    @Test void acceleratorFoldedAfterTheMarkThatHidItIsRemoved() { check("&\u064Eبحث", "بحث"); }

    @Test void literalAmpersandsKept() { check("Tom && Jerry & a & b", "tom && jerry & a & b"); }

    @Test void withoutTheAcceleratorFoldTheMarkerStays() {
        assertEquals("&save", TextNormalizer.normalize("&Save", TextNormalizer.allBut(Fold.ACCELERATORS)));
    }

    @Test void arabicComma() { check("غزة، رفح", "غزه, رفح"); }

    @Test void arabicSemicolon() { check("أولا؛ ثانيا", "اولا; ثانيا"); }

    @Test void arabicQuestionMark() { check("متى؟", "متي?"); }

    @Test void arabicPercent() { check("٥٠٪", "50%"); }

    @Test void caseFolded() { check("The PENTAGON", "the pentagon"); }

    @Test void noTurkishDotlessI() { check("TITLE", "title"); }

    @Test void curlyApostrophe() { check("Biden\u2019s", "biden's"); }

    @Test void curlyQuotes() { check("\u201CPolitico\u201D", "\"politico\""); }

    @Test void guillemets() { check("«البنتاجون»", "\"البنتاجون\""); }

    @Test void whitespaceCollapsed() { check("  قوة\t\tحفظ \u00A0 السلام \n", "قوه حفظ السلام"); }

    @Test void emptyText() { check("", ""); }

    @Test void onlySpaces() { check(" \t ", ""); }

    @Test
    void foldsCanBeLeftOut() {
        assertEquals("مُحمد", TextNormalizer.normalize("مُحمّد", EnumSet.of(Fold.LETTER_FORMS)).replace("\u0651", ""));
        assertEquals("The  ٣", TextNormalizer.normalize("The  ٣", EnumSet.noneOf(Fold.class)));
        assertEquals("the 3", TextNormalizer.normalize("The  ٣", TextNormalizer.allBut(Fold.PUNCTUATION)));
        assertEquals("the  3", TextNormalizer.normalize("The  ٣", TextNormalizer.allBut(Fold.WHITESPACE)));
        assertEquals("The 3", TextNormalizer.normalize("The  ٣", TextNormalizer.allBut(Fold.CASE)));
        assertEquals("the ٣", TextNormalizer.normalize("The  ٣", TextNormalizer.allBut(Fold.DIGITS)));
    }

    @Test
    void randomTextIsIdempotent() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String text = ArabicNormalizerTest.randomText(random);
            String normal = TextNormalizer.normalize(text);
            assertEquals(normal, TextNormalizer.normalize(normal), "idempotent on " + text);
        }
    }
}
