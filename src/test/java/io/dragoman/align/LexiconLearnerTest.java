package io.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconLearnerTest {
    /** Content words and their translations; the car is a car in some units and an automobile in others. */
    private static final String[][] WORDS = {{"المدينة", "city"}, {"النهر", "river"}, {"الجبل", "mountain"},
            {"الطائرة", "plane"}, {"المدرسة", "school"}, {"القمر", "moon"}, {"البحر", "sea"}, {"السيارة", "car"}};
    /** Broad enough for a corpus of 40 units, where every content word is in a good share of them. */
    private static final LexiconLearner.Settings SMALL = new LexiconLearner.Settings(5, 2, 0.2, 3, 0.6, 20, 100_000, 80);

    /**
     * 40 units, each naming three of the words in a random order on each side, around function
     * words that are in every unit. Arabic: «رأينا X و Y قرب Z», English: "we saw the X and the Y near the Z".
     */
    private static List<String[]> corpus() {
        Random random = new Random(3);
        List<String[]> units = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            List<String[]> picked = new ArrayList<>(List.of(WORDS));
            Collections.shuffle(picked, random);
            String[] english = new String[3];
            for (int k = 0; k < 3; k++) {
                english[k] = picked.get(k)[1].equals("car") && u % 2 == 0 ? "automobile" : picked.get(k)[1];
            }
            List<String> order = new ArrayList<>(List.of(english));
            Collections.shuffle(order, random);
            units.add(new String[] {"رأينا " + picked.get(0)[0] + " و" + picked.get(1)[0] + " قرب " + picked.get(2)[0],
                    "we saw the " + order.get(0) + " and the " + order.get(1) + " near the " + order.get(2)});
        }
        units.add(new String[] {"الكتاب", "book"});
        return units;
    }

    private static String arabic(String word) {
        return LearnedLexicon.arabicWords(word).get(0);
    }

    @Test
    void learnsEachWordsTranslationDespiteTheWordOrder() {
        LearnedLexicon lexicon = new LexiconLearner(SMALL).learn(corpus());
        for (String[] pair : WORDS) {
            assertEquals(pair[1], lexicon.translations(arabic(pair[0])).get(0), pair[0]);
        }
        assertEquals(Set.of("car", "automobile"), Set.copyOf(lexicon.translations(arabic("السيارة"))));
        assertEquals(9, lexicon.size(), "eight words, one of them with two translations: " + lexicon.entries());
    }

    @Test
    void prunesWordsInTooManyUnitsPairsSeenOnceAndTranslationsBeyondTopK() {
        LearnedLexicon lexicon = new LexiconLearner(SMALL).learn(corpus());
        List<String> english = lexicon.entries().stream().map(LearnedLexicon.Entry::english).toList();
        assertTrue(!english.contains("the") && !english.contains("saw") && !english.contains("near"), english.toString());
        assertTrue(lexicon.translations(arabic("الكتاب")).isEmpty(), "seen in one unit only");

        LexiconLearner.Settings oneEach = new LexiconLearner.Settings(5, 2, 0.2, 1, 0.6, 20, 100_000, 80);
        LearnedLexicon pruned = new LexiconLearner(oneEach).learn(corpus());
        assertEquals(1, pruned.translations(arabic("السيارة")).size());
        assertEquals(8, pruned.size());
    }

    @Test
    void tooFewUnitsTeachNothingAndTheTableIsBounded() {
        assertEquals(0, new LexiconLearner(SMALL).learn(corpus().subList(0, 19)).size());
        LexiconLearner.Settings tiny = new LexiconLearner.Settings(5, 2, 0.2, 3, 0.6, 20, 30, 80);
        // 30 word pairs fill up within the first units: most pairs are never counted, and little is learned.
        assertTrue(new LexiconLearner(tiny).learn(corpus()).size() < 9);
    }

    @Test
    void learnedPairsAnchorBothSides() {
        LearnedLexicon lexicon = new LexiconLearner(SMALL).learn(corpus());
        List<String> arabicKeys = lexicon.anchors("عبرنا النهر بالسيارة", LanguageTag.ARABIC);
        List<String> englishKeys = lexicon.anchors("We crossed the river by car.", LanguageTag.ENGLISH);
        assertEquals(2, arabicKeys.stream().filter(englishKeys::contains).count(), arabicKeys + " " + englishKeys);
        assertTrue(lexicon.anchors("The river", LanguageTag.of("fr")).isEmpty());
    }
}
