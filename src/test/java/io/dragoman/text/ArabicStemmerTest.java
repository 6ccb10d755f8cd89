package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArabicStemmerTest {
    private final ArabicStemmer stemmer = new ArabicStemmer();

    private void check(String word, String expected) {
        assertEquals(expected, stemmer.stem(TextNormalizer.normalize(word)));
    }

    private static String lucene(String word) {
        char[] buffer = TextNormalizer.normalize(word).toCharArray();
        return new String(buffer, 0, new org.apache.lucene.analysis.ar.ArabicStemmer().stem(buffer, buffer.length));
    }

    @Test void article() { check("القوات", "قو"); }

    @Test void conjunctionArticle() { check("والقوة", "قو"); }

    @Test void conjunctionPreposition() { check("وبقوة", "قو"); }

    @Test void preposition() { check("لقوات", "قو"); }

    @Test void lamArticle() { check("للسلام", "سلام"); }

    @Test void conjunctionLamArticle() { check("وللسلام", "سلام"); }

    @Test void fehPrepositionArticle() { check("فبالسلام", "سلام"); }

    @Test void shortWordKeepsItsPrefix() { assertEquals(0, ArabicStemmer.chainLength("وله")); }

    @Test void luceneSuffixesStillApply() { check("وله", "ول"); }

    @Test
    void luceneMissesPrepositionChains() {
        assertEquals("بقو", lucene("وبقوة"));
        assertEquals("لقو", lucene("لقوات"));
        assertEquals("قو", stemmer.stem(TextNormalizer.normalize("وبقوة")));
        assertEquals("قو", stemmer.stem(TextNormalizer.normalize("لقوات")));
    }

    @Test
    void agreesWithLuceneOnItsOwnPrefixes() {
        for (String word : List.of("القوات", "والسلام", "بالسلام", "كالسلام", "فالسلام", "للسلام", "وزارة")) {
            assertEquals(lucene(word), stemmer.stem(TextNormalizer.normalize(word)), word);
        }
    }

    @Test
    void candidatesStartWithTheWholeWord() {
        List<ArabicStemmer.Candidate> candidates = ArabicStemmer.candidates("فلسطين");
        assertEquals(new ArabicStemmer.Candidate("فلسطين", "", "", false), candidates.get(0));
    }

    @Test
    void candidatesStripProcliticChains() {
        assertTrue(ArabicStemmer.candidates("وبالقوه").contains(new ArabicStemmer.Candidate("قوه", "وبال", "", false)));
        assertTrue(ArabicStemmer.candidates("للسلام").contains(new ArabicStemmer.Candidate("سلام", "لل", "", false)));
    }

    @Test
    void candidatesStripEncliticsAndRestoreTehMarbuta() {
        List<ArabicStemmer.Candidate> candidates = ArabicStemmer.candidates("وحكومتها");
        assertTrue(candidates.contains(new ArabicStemmer.Candidate("حكومه", "و", "ها", true)), candidates.toString());
        assertTrue(candidates.contains(new ArabicStemmer.Candidate("حكومت", "و", "ها", false)), candidates.toString());
    }

    @Test
    void longestPronounAndEveryShorterReading() {
        List<String> stems = ArabicStemmer.candidates("كتابهما").stream().map(ArabicStemmer.Candidate::stem).toList();
        assertEquals("كتابهما", stems.get(0));
        assertTrue(stems.contains("كتاب"), stems.toString());
        assertTrue(!stems.contains("كتابه"), stems.toString());
    }

    @Test
    void noPronounAfterTheArticle() {
        assertTrue(ArabicStemmer.candidates("الكتابها").stream()
                .noneMatch(c -> c.proclitic().endsWith("ال") && !c.enclitic().isEmpty()));
    }

    @Test
    void stemsAreNeverShorterThanTwoLetters() {
        assertEquals(List.of(new ArabicStemmer.Candidate("به", "", "", false)), ArabicStemmer.candidates("به"));
    }

    @Test
    void eachStemOnce() {
        List<String> stems = ArabicStemmer.candidates("وبالقوات").stream().map(ArabicStemmer.Candidate::stem).toList();
        assertEquals(stems.stream().distinct().toList(), stems);
    }

    @Test
    void emptyWord() {
        assertEquals("", stemmer.stem(""));
        assertEquals(1, ArabicStemmer.candidates("").size());
    }

    @Test
    void randomWordsNeverFail() {
        Random random = new Random(3);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                sb.append("اوفبكلهيتنمسد".charAt(random.nextInt(13)));
            }
            String word = sb.toString();
            String stem = stemmer.stem(word);
            assertTrue(word.contains(stem) || stem.length() <= word.length(), word);
            for (ArabicStemmer.Candidate c : ArabicStemmer.candidates(word)) {
                assertTrue(c.isWholeWord() || c.stem().length() >= 2, word + " " + c);
                String rebuilt = c.proclitic() + (c.tehRestored() ? c.stem().substring(0, c.stem().length() - 1) + "ت" : c.stem()) + c.enclitic();
                assertEquals(word, rebuilt, c.toString());
            }
        }
    }
}
