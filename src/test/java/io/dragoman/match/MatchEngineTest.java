package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.tm.TextHash;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Classes, scores, penalties, repaired targets and diffs on a tiny memory. */
class MatchEngineTest {
    private static final String PREVIOUS = "الرئيس الأمريكي، جو بايدن";
    private final RandomTm texts = new RandomTm(new Random(0));
    private final FuzzyIndex index = new FuzzyIndex();
    private final MatchEngine engine = new MatchEngine(index);

    MatchEngineTest() {
        List<IndexedUnit> units = List.of(
                new IndexedUnit(1, 1, "ar", "en", "واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة",
                        "Washington begins talks on funding a peacekeeping force in Gaza", TextHash.of(PREVIOUS)),
                new IndexedUnit(2, 1, "ar", "en", "بلغت الميزانية ٣٫٨ مليار دولار في ٢٠٢٣",
                        "The budget reached $3.8 billion in 2023", null),
                new IndexedUnit(3, 2, "en", "ar", "Copy %s files?", "نسخ %s ملفات؟", null),
                new IndexedUnit(4, 2, "en", "ar", "&Save the file", "ا&حفظ الملف", null),
                new IndexedUnit(5, 2, "en", "ar", "Power settings", "إ_عدادات الطاقة", null));
        units.forEach(texts::put);
        index.upsert(units);
    }

    private Match best(String text, String lang, String previous) {
        List<Match> matches = engine.lookup(LookupQuery.of(text, lang, null, List.of(), 50, 5, previous), texts);
        assertEquals(matches, engine.lookupExhaustive(LookupQuery.of(text, lang, null, List.of(), 50, 5, previous), texts));
        return matches.get(0);
    }

    @Test
    void exact() {
        Match m = best("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة", "ar", null);
        assertEquals(MatchClass.EXACT, m.matchClass());
        assertEquals(100, m.score());
        assertEquals(List.of(), m.penalties());
        assertEquals(List.of(), m.diff());
    }

    @Test
    void inContextWhenThePreviousSegmentMatches() {
        Match m = best("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة", "ar", PREVIOUS);
        assertEquals(MatchClass.IN_CONTEXT, m.matchClass());
        assertEquals(101, m.score());
    }

    @Test
    void normalisedListsItsFolds() {
        Match m = best("واشنطن تشرع في بدء محادثات لتمويل قُوَّة حفظ السلام في غزه", "ar", null);
        assertEquals(MatchClass.NORMALISED, m.matchClass());
        assertEquals(98, m.score());
        assertEquals(List.of("diacritics", "letter-forms"), m.folds());
        assertEquals(2, m.penalties().stream().mapToInt(Penalty::points).sum());
    }

    @Test
    void acceleratorOnlyDifferenceIsNormalisedAndSaysSo() {
        Match m = best("Save the file", "en", null);
        assertEquals(4, m.unitId());
        assertEquals(MatchClass.NORMALISED, m.matchClass());
        assertEquals(99, m.score());
        assertEquals(List.of("accelerators"), m.folds());
        assertEquals("accelerators", m.penalties().get(0).reason());
    }

    @Test
    void acceleratorInsideAnArabicWordIsFolded() {
        Match m = best("إعدادات الطاقة", "ar", null);
        assertEquals(5, m.unitId());
        assertEquals(MatchClass.NORMALISED, m.matchClass());
        assertEquals(List.of("accelerators"), m.folds());
        assertEquals("Power settings", m.target());
    }

    @Test
    void acceleratorInsideAWordIsReportedBesideThePunctuation() {
        // The texts differ in the full stop too, so the folds come from the aligned words.
        Match m = best("احفظ الملف.", "ar", null);
        assertEquals(4, m.unitId());
        assertEquals(MatchClass.NORMALISED, m.matchClass());
        assertEquals(List.of("punctuation", "accelerators"), m.folds());
        assertEquals(98, m.score());
    }

    @Test
    void numbersOnlyDifferenceRepairsTheTarget() {
        Match m = best("بلغت الميزانية ٤٫٢ مليار دولار في ٢٠٢٤", "ar", null);
        assertEquals(MatchClass.NUMBERS, m.matchClass());
        assertEquals("The budget reached $4.2 billion in 2024", m.repairedTarget());
        assertEquals(93, m.score());
        assertEquals("numbers", m.penalties().get(0).reason());
    }

    @Test
    void shortNumbersOnlyDifferenceIsFoundAboveItsWordScore() {
        // 7 words, one number differs: word score 85, numbers class 94; asked at 90.
        List<Match> matches = engine.lookup(LookupQuery.of("بلغت الميزانية ٣٫٨ مليار دولار في ٢٠٢٢", "ar", null,
                List.of(), 90, 5, null), texts);
        assertEquals(1, matches.size());
        assertEquals(94, matches.get(0).score());
        assertEquals("The budget reached $3.8 billion in 2022", matches.get(0).repairedTarget());
    }

    @Test
    void fuzzyWithDiffSpans() {
        String query = "واشنطن تبدأ محادثات لتمويل قوة حفظ السلام في غزة";
        Match m = best(query, "ar", null);
        assertEquals(MatchClass.FUZZY, m.matchClass());
        // 11 words against 10: "تشرع في بدء" became "تبدأ" (2 deletions + 1 substitution).
        assertEquals(72, m.score());
        assertEquals(1, m.diff().size());
        DiffSpan span = m.diff().get(0);
        assertEquals("replace", span.op());
        assertEquals("تبدأ", span.query().text());
        assertEquals("تشرع في بدء", span.match().text());
        assertEquals(query.indexOf("تبدأ"), span.query().start());
        assertEquals(7, span.match().start());
        assertEquals(7, span.match().codePointStart());
    }

    @Test
    void englishQueryFindsTheArabicUnitReversed() {
        Match m = best("Washington begins talks on funding a peacekeeping force in Gaza", "en", null);
        assertTrue(m.reversed());
        assertEquals(1, m.unitId());
        assertEquals("واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة", m.target());
        assertEquals("en", m.sourceLang());
        assertEquals(MatchClass.EXACT, m.matchClass());
    }

    @Test
    void placeholdersCountAsWords() {
        Match m = best("Copy %d files?", "en", null);
        assertEquals(MatchClass.FUZZY, m.matchClass());
        assertEquals(66, m.score());
        assertNull(m.repairedTarget());
    }

    @Test
    void nothingBelowTheThreshold() {
        assertEquals(List.of(), engine.lookup(LookupQuery.of("شيء آخر تماما", "ar", null, List.of(), 50, 5, null), texts));
    }
}
