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
                new IndexedUnit(5, 2, "en", "ar", "Power settings", "إ_عدادات الطاقة", null),
                new IndexedUnit(6, 1, "ar", "en", "قال النبي محمد ﷺ في خطبته",
                        "The Prophet Muhammad, peace be upon him, said in his sermon", null),
                new IndexedUnit(7, 2, "en", "ar", "Add ½ cup of sugar", "أضف ½ كوب من السكر", null),
                new IndexedUnit(8, 2, "en", "ar", "Remember pass_word", "تذكّر كلمة ال_سر", null));
        units.forEach(texts::put);
        index.upsert(units);
    }

    private Match best(String text, String lang, String previous) {
        List<Match> matches = engine.lookup(LookupQuery.of(text, lang, null, List.of(), 50, 5, previous), texts);
        assertEquals(matches, engine.lookupExhaustive(LookupQuery.of(text, lang, null, List.of(), 50, 5, previous), texts));
        return matches.get(0);
    }

    /** The best match of {@code text}, asserted to be unit {@code unitId} found normalised by exactly {@code folds}. */
    private Match normalised(String text, String lang, long unitId, String... folds) {
        Match m = best(text, lang, null);
        assertEquals(unitId, m.unitId());
        assertEquals(MatchClass.NORMALISED, m.matchClass());
        assertEquals(List.of(folds), m.folds());
        return m;
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
        Match m = normalised("Save the file", "en", 4, "accelerators");
        assertEquals(99, m.score());
        assertEquals("accelerators", m.penalties().get(0).reason());
    }

    @Test
    void acceleratorInsideAnArabicWordIsFolded() {
        assertEquals("Power settings", normalised("إعدادات الطاقة", "ar", 5, "accelerators").target());
    }

    @Test
    void acceleratorInsideAWordIsReportedBesideThePunctuation() {
        // The texts differ in the full stop too, so the folds come from the aligned words.
        assertEquals(98, normalised("احفظ الملف.", "ar", 4, "punctuation", "accelerators").score());
    }

    @Test
    void ligatureOfAPhraseMatchesThePhraseWrittenOut() {
        normalised("قال النبي محمد صلى الله عليه وسلم في خطبته", "ar", 6, "compatibility");
    }

    @Test
    void aCharacterPartlyEqualIsOneDifference() {
        // الله is the second of the four words ﷺ stands for: the rest of it is one deletion, not two.
        Match m = best("قال النبي محمد الله في خطبته", "ar", null);
        assertEquals(6, m.unitId());
        assertEquals(1, m.diff().size());
        assertEquals("delete", m.diff().get(0).op());
        assertEquals("ﷺ", m.diff().get(0).match().text());
    }

    @Test
    void fractionReadsAsItsNumbersAndIsNeverRewritten() {
        normalised("Add 1/2 cup of sugar", "en", 7, "compatibility", "punctuation");
        // ½ holds no digit to write 3 into: the number is not repaired, the match stays fuzzy.
        Match other = best("Add 1/3 cup of sugar", "en", null);
        assertEquals(7, other.unitId());
        assertEquals(MatchClass.FUZZY, other.matchClass());
        assertNull(other.repairedTarget());
        assertEquals("½", other.diff().get(0).match().text());
    }

    @Test
    void labelWordWithItsKeyInsideIsFound() {
        normalised("Remember password", "en", 8, "accelerators");
    }

    @Test
    void aNumberNotWrittenInDigitsAloneIsNotWrittenIntoTheTarget() {
        // NFKC reads ٢٠٢٣² as the number 20232: a footnote mark, most likely, not a new year.
        Match m = best("بلغت الميزانية ٣٫٨ مليار دولار في ٢٠٢٣²", "ar", null);
        assertEquals(2, m.unitId());
        assertNull(m.repairedTarget());
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
    void aNumbersOnlyDifferenceBesideATargetWithoutNumbersIsFuzzyAndNeedsNoTexts() {
        // Software TMs hold thousands of ids translated as names ("3430697" → a place): none can be repaired.
        FuzzyIndex ids = new FuzzyIndex();
        RandomTm idTexts = new RandomTm(new Random(1));
        List<IndexedUnit> units = new java.util.ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            units.add(new IndexedUnit(i, 1, "en", "ar", "Zone " + (3_430_000 + i), "منطقة ميرلو", null));
        }
        units.add(new IndexedUnit(301, 1, "en", "ar", "Zone 4096", "المنطقة 4096", null));
        units.forEach(idTexts::put);
        ids.upsert(units);
        java.util.Set<Long> asked = new java.util.HashSet<>();
        TextSource counting = wanted -> {
            asked.addAll(wanted);
            return idTexts.texts(wanted);
        };
        List<Match> matches = new MatchEngine(ids).lookup(LookupQuery.of("Zone 5782476", "en", null, List.of(), 50, 3, null),
                counting);
        assertEquals(MatchClass.NUMBERS, matches.get(0).matchClass());
        assertEquals(301, matches.get(0).unitId());
        assertEquals("المنطقة 5782476", matches.get(0).repairedTarget());
        assertEquals(List.of(MatchClass.FUZZY, MatchClass.FUZZY), matches.subList(1, 3).stream().map(Match::matchClass).toList());
        assertEquals(50, matches.get(1).score());
        assertEquals(3, asked.size(), () -> "texts read for " + asked);
    }

    @Test
    void stoppingEarlyRanksAsRankingEveryCandidate() {
        // Near-identical strings, numbers-only differences with and without numbers in the target,
        // and plain fuzzy matches, many of them tied: the first k of the whole ranking, for every k.
        FuzzyIndex many = new FuzzyIndex();
        RandomTm manyTexts = new RandomTm(new Random(2));
        Random random = new Random(3);
        String[] spellings = {"File", "&File", "_File", "FILE", "File:", "Fi&le", "file"};
        List<IndexedUnit> units = new java.util.ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            String source = switch (i % 4) {
                case 0 -> spellings[random.nextInt(spellings.length)] + " " + random.nextInt(40);
                case 1 -> "Page " + random.nextInt(100_000);
                case 2 -> "Page " + random.nextInt(100) + " of " + random.nextInt(100);
                default -> "File page " + random.nextInt(9);
            };
            String target = random.nextBoolean() ? "صفحة " + source.replaceAll("[^0-9 ]", "").strip() : "ملف الصفحة";
            units.add(new IndexedUnit(i, 1, "en", "ar", source, target, null));
        }
        units.forEach(manyTexts::put);
        many.upsert(units);
        MatchEngine manyEngine = new MatchEngine(many);
        for (String q : List.of("File 12", "Page 4242", "Page 7 of 9", "file page 3", "&File 5")) {
            List<Match> all = manyEngine.lookup(LookupQuery.of(q, "en", null, List.of(), 50, 10_000, null), manyTexts);
            assertTrue(all.size() > 20, q);
            for (int k : new int[] {1, 2, 5, 10, 20}) {
                assertEquals(all.subList(0, k),
                        manyEngine.lookup(LookupQuery.of(q, "en", null, List.of(), 50, k, null), manyTexts), q + " top " + k);
            }
        }
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
