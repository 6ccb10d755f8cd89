package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private static void check(String input, String expected) {
        assertEquals(expected, ArabicNormalizer.normalize(input));
    }

    private static String lucene(String input) {
        char[] buffer = input.toCharArray();
        int length = new org.apache.lucene.analysis.ar.ArabicNormalizer().normalize(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    @Test void alefHamzaAbove() { check("أحمد", "احمد"); }

    @Test void alefHamzaBelow() { check("إسرائيل", "اسرائيل"); }

    @Test void alefMadda() { check("آمال", "امال"); }

    @Test void alefWasla() { check("ٱلرحمن", "الرحمن"); }

    @Test void daggerAlefRemoved() { check("هٰذا", "هذا"); }

    @Test void alefMaksura() { check("مستشفى", "مستشفي"); }

    @Test void tehMarbuta() { check("فاطمة", "فاطمه"); }

    @Test void tatweel() { check("ســلام", "سلام"); }

    @Test void harakat() { check("مُحَمَّدٌ", "محمد"); }

    @Test void sukunAndTanwin() { check("شُكْرًا", "شكرا"); }

    @Test void quranicMarks() { check("ٱلْعَٰلَمِينَ۝", "العلمين۝"); }

    @Test void smallHighMarks() { check("قلۖ", "قل"); }

    @Test void detachedHamzaAboveRemoved() { check("سٔال", "سال"); }

    @Test void persianYeh() { check("ایران", "ايران"); }

    @Test void persianKeheh() { check("کتاب", "كتاب"); }

    @Test void hehWithYehAbove() { check("خانۀ", "خانه"); }

    @Test void hehDoachashmee() { check("ھذا", "هذا"); }

    @Test void hamzaOnWawAndYehKept() { check("مسؤول رئيس", "مسؤول رئيس"); }

    @Test void emptyText() { check("", ""); }

    @Test void latinUntouched() { check("Joe Biden, 2024", "Joe Biden, 2024"); }

    @Test void digitsUntouchedHere() { check("٣٫٨", "٣٫٨"); }

    @Test
    void luceneLeavesWaslaDaggerAlefAndPersianLettersAlone() {
        assertEquals("ٱلرحمن", lucene("ٱلرحمن"));
        assertEquals("هٰذا", lucene("هٰذا"));
        assertEquals("ایران کتاب", lucene("ایران کتاب"));
        assertEquals("الرحمن", ArabicNormalizer.normalize("ٱلرحمن"));
        assertEquals("ايران كتاب", ArabicNormalizer.normalize("ایران کتاب"));
    }

    @Test
    void agreesWithLuceneOnLucenesOwnRules() {
        String text = "أَإِآ ى ة ـ ًٌٍَُِّْ";
        assertEquals(lucene(text), ArabicNormalizer.normalize(text));
    }

    @Test
    void marksAndLetterFamiliesSplitTheWholeFold() {
        assertEquals("أحمد", ArabicNormalizer.removeMarks("أَحْمَد"));
        assertEquals("احمَد", ArabicNormalizer.foldLetterForms("أحمَد"));
    }

    @Test
    void randomTextIsStableAndDecomposes() {
        Random random = new Random(20240601);
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random);
            String normal = ArabicNormalizer.normalize(text);
            assertEquals(normal, ArabicNormalizer.normalize(normal), "idempotent on " + text);
            assertEquals(normal, ArabicNormalizer.foldLetterForms(ArabicNormalizer.removeMarks(text)), text);
            assertEquals(normal, lucene(normal), "nothing left for Lucene in " + text);
        }
    }

    @Test
    void foldChangesWhatLuceneKeeps() {
        assertNotEquals(lucene("ٱلْحَمْدُ"), ArabicNormalizer.normalize("ٱلْحَمْدُ"));
    }

    static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                sb.append((char) (0x0600 + random.nextInt(0x100)));
            } else if (pick < 7) {
                sb.append((char) (0x08A0 + random.nextInt(0x60)));
            } else if (pick < 8) {
                sb.append(' ');
            } else if (pick < 9) {
                sb.append((char) ('a' + random.nextInt(26)));
            } else {
                sb.appendCodePoint(random.nextInt(0x10FFFF));
            }
        }
        return sb.toString();
    }
}
