package io.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dragoman.text.LanguageTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceAnchorsTest {
    private static final SurfaceAnchors ANCHORS = new SurfaceAnchors();

    private static void arabic(String text, String... expected) {
        assertEquals(List.of(expected), ANCHORS.anchors(text, LanguageTag.ARABIC));
    }

    private static void english(String text, String... expected) {
        assertEquals(List.of(expected), ANCHORS.anchors(text, LanguageTag.ENGLISH));
    }

    @Test
    void latinNamesInArabicMeetTheirEnglishSpelling() {
        arabic("تلقى استوديو Lionsgate 26 ترشيحاً؟", "l:lionsgate", "p:question");
        english("Did the Lionsgate studio get 26 nominations?", "l:lionsgate", "p:question");
    }

    @Test
    void aCapitalOpeningTheSentenceIsNoNameButAnAcronymIs() {
        english("The talks ended.");
        english("NASA said growth (in 2020) was 5%.", "l:nasa", "p:parenthesis", "p:percent");
    }

    @Test
    void quotationMarksCountOncePerQuotation() {
        english("He said \"yes\" and then \"no\".", "p:quote", "p:quote");
        arabic("قال «نعم» بنسبة ٥٪!", "p:quote", "p:percent", "p:exclamation");
        english("He said \u201Cyes\u201D.", "p:quote");
    }

    @Test
    void lowerCaseEnglishWordsAndArabicWordsAreNoAnchors() {
        english("they met in beirut");
        arabic("التقى الوفد في بيروت");
    }
}
