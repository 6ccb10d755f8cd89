package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class AcceleratorsTest {

    private static void check(String input, String expected) {
        assertEquals(expected, Accelerators.strip(input));
    }

    @Test void qtAmpersand() { check("&File", "File"); }

    @Test void gtkUnderscore() { check("_Open", "Open"); }

    @Test void libreOfficeTilde() { check("~Save", "Save"); }

    @Test void markerOnALaterWord() { check("Save &As…", "Save As…"); }

    @Test void markerInsideAnEnglishWord() { check("De&lete", "Delete"); }

    @Test void gtkMarkerInsideAWord() { check("Pr_eferences", "Preferences"); }

    @Test void markerInsideAnArabicWord() { check("الإ_سم", "الإسم"); }

    @Test void ampersandInsideAnArabicWord() { check("ق&صّ", "قصّ"); }

    @Test void markerBeforeADigit() { check("Key&2", "Key2"); }

    @Test void doubledAmpersandIsALiteral() { check("Tom && Jerry", "Tom && Jerry"); }

    @Test void spacedAmpersandIsALiteral() { check("a & b", "a & b"); }

    @Test void entityIsNotAMarker() { check("Fish &amp; chips", "Fish &amp; chips"); }

    @Test void numericEntityIsNotAMarker() { check("Fish &#38; chips", "Fish &#38; chips"); }

    // An identifier's lone underscore cannot be told from a label's: it folds, the identifier stays one word.
    @Test void loneUnderscoreOfAnIdentifierFoldsToo() { check("Set snake_case names", "Set snakecase names"); }

    @Test void upperCaseIdentifierWithOneUnderscoreFolds() { check("MAX_SIZE", "MAXSIZE"); }

    @Test void identifierWithTwoUnderscoresStays() { check("G_FILE_NAME", "G_FILE_NAME"); }

    @Test void capitalisedPartsFold() { check("America/Cambridge_Bay", "America/CambridgeBay"); }

    @Test void labelWordSplitThreeAndThreeIsALabel() { check("Pass_word:", "Password:"); }

    @Test void lowerCaseLabelWordSplitAnywhereIsALabel() { check("Remember pass_word", "Remember password"); }

    @Test void markerBehindAJoinerStillMarks() { check("أل\u200D_\u200Dغ", "أل\u200D\u200Dغ"); }

    @Test void placeholdersJoinedByAnUnderscoreStay() { check("%s_%d", "%s_%d"); }

    @Test void markersOfTwoKindsAreBothRemoved() { check("_File &Edit", "File Edit"); }

    @Test void markerAfterAnotherMarkerIsNot() { check("&_File", "&_File"); }

    @Test void markerAtTheEndIsNot() { check("Save_", "Save_"); }

    @Test void suffixRemovedForQa() { assertEquals("ملف", Accelerators.stripWithSuffix("ملف (&F)")); }

    @Test void findGivesThePlaces() {
        assertArrayEquals(new int[] {2}, Accelerators.find("De&lete"));
        assertArrayEquals(new int[] {0, 6}, Accelerators.find("_File &Edit"));
        assertArrayEquals(new int[0], Accelerators.find("Delete"));
    }

    @Test void strippingTwiceChangesNothingMore() {
        for (String text : new String[] {"&File", "Pass_word &Edit", "De&lete ~x", "الإ_سم &amp;", "x&_y~z", "Abc_def&Ghi"}) {
            String once = Accelerators.strip(text);
            assertEquals(once, Accelerators.strip(once), text);
            assertEquals(once.toLowerCase(Locale.ROOT), Accelerators.strip(once.toLowerCase(Locale.ROOT)), text);
        }
    }
}
