package io.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLexiconTest {
    private static final String[][] WORDS = {{"الحكومة", "government"}, {"البرلمان", "parliament"}, {"الجيش", "army"},
            {"المدينة", "city"}, {"الشركة", "company"}, {"المدرسة", "school"}};

    /** n sentence pairs, each naming one institution, cycling through them. */
    private static List<List<Segment>> document(int n) {
        List<Segment> arabic = new ArrayList<>();
        List<Segment> english = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String[] pair = WORDS[k % WORDS.length];
            arabic.add(new Segment("تحدثت " + pair[0] + " أمس", 0, 1, 0));
            english.add(new Segment("The " + pair[1] + " spoke yesterday", 0, 1, 0));
        }
        return List.of(arabic, english);
    }

    private static List<Bead> diagonal(int n, double confidence) {
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            beads.add(new Bead(k, 1, k, 1, confidence));
        }
        return beads;
    }

    @Test
    void wordsThatTravelTogetherInSurePairsBecomeAnchors() {
        List<List<Segment>> doc = document(24);
        DocumentLexicon lexicon = DocumentLexicon.learn(doc.get(0), LanguageTag.ARABIC, doc.get(1), diagonal(24, 0.95));
        List<String> arabic = lexicon.anchors("زارت الحكومة المدينة", LanguageTag.ARABIC);
        List<String> english = lexicon.anchors("The city hosted the government", LanguageTag.ENGLISH);
        assertEquals(2, arabic.size());
        assertTrue(english.containsAll(arabic), english + " holds " + arabic);
        // Words in every pair ("spoke", «أمس») tell nothing apart and are left out.
        assertEquals(List.of(), lexicon.anchors("أمس", LanguageTag.ARABIC));
    }

    @Test
    void shortDocumentsAndUnsurePairsTeachNothing() {
        List<List<Segment>> doc = document(24);
        assertTrue(DocumentLexicon.learn(doc.get(0), LanguageTag.ARABIC, doc.get(1), diagonal(24, 0.5)).isEmpty());
        List<List<Segment>> shorter = document(DocumentLexicon.MIN_PAIRS - 1);
        assertTrue(DocumentLexicon.learn(shorter.get(0), LanguageTag.ARABIC, shorter.get(1),
                diagonal(DocumentLexicon.MIN_PAIRS - 1, 0.95)).isEmpty());
    }
}
