package io.dragoman.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fragment matches in the lookup answer, against the seed memory, when no whole unit passes the threshold. */
@QuarkusTest
public class FragmentLookupTest {
    private static final String RUN = "محادثات لتمويل قوة حفظ السلام";
    private static final String QUERY = "قال المتحدث إن " + RUN + " ستبدأ الأسبوع المقبل";

    private static JsonPath lookup(String text) {
        return LookupResourceTest.lookup(Map.of("text", text, "sourceLang", "ar", "targetLang", "en", "memories",
                List.of("gaza-peacekeeping-talks")));
    }

    @Test
    void aRunOfWordsFromAStoredSentenceIsAFragmentWithItsUnit() {
        JsonPath r = lookup(QUERY);
        assertEquals(List.of(), r.getList("matches"));
        assertEquals(1, r.getList("fragments").size(), r.prettify());
        assertEquals(RUN, r.getString("fragments[0].query.text"));
        assertEquals(QUERY.indexOf(RUN), r.getInt("fragments[0].query.start"));
        assertEquals(RUN, r.getString("fragments[0].source.text"));
        String stored = r.getString("fragments[0].sourceText");
        assertEquals(RUN, stored.substring(r.getInt("fragments[0].source.start"), r.getInt("fragments[0].source.end")));
        assertEquals("ar", r.getString("fragments[0].sourceLang"));
        assertTrue(r.getString("fragments[0].translation").contains("peacekeeping"), r.prettify());
        assertTrue(r.getInt("fragments[0].units") >= 1);
    }

    @Test
    void normalisedWordsStillMatchAndShortRunsDoNot() {
        // diacritics and letter forms fold as in whole-unit matching
        JsonPath folded = lookup("قال المتحدث إن محادثات لتمويل قُوَّة حفظ السلام ستبدأ الأسبوع المقبل");
        assertEquals(RUN, folded.getString("fragments[0].source.text"));
        // two words in a row, no glossary term, are no fragment
        assertEquals(List.of(), lookup("قال المتحدث إن الحكومة تشرع في برنامج جديد").getList("fragments"));
    }

    /** Vegetables named nowhere in the glossary or the seed: only these units teach what they are in English. */
    private static final String[][] VEGETABLES = {{"الباذنجانة", "eggplant"}, {"الخيارة", "cucumber"}, {"الفجلة", "radish"},
            {"الكوسة", "zucchini"}, {"القرنبيطة", "cauliflower"}, {"البطاطا", "potato"}, {"السبانخ", "spinach"},
            {"اللفتة", "turnip"}, {"الخسة", "lettuce"}};
    /** Taught once each: the market's sentence is their second unit (a word seen in more than 5 % of the units is not learned). */
    private static final String[][] MARKET = {{"الجزرة", "carrot"}, {"البصلة", "onion"}, {"الملفوفة", "cabbage"}};
    public static final String MARKET_AR = "اشترت الأم الجزرة والبصلة والملفوفة من السوق";
    public static final String MARKET_EN = "The mother bought the carrot, the onion and the cabbage at the market";

    /** A memory whose units taught the lexicon the vegetables, with one unit naming three in a row. */
    public static long vegetables(String name) throws InterruptedException {
        long memory = Memories.create(name);
        LearnedWords.teach(memory, VEGETABLES);
        for (String[] pair : MARKET) {
            Memories.unit(memory, "صوّر المصور " + pair[0] + " عند الغروب", "The photographer filmed the " + pair[1] + " at sunset");
        }
        Memories.unit(memory, MARKET_AR, MARKET_EN);
        LearnedWords.learned(Instant.now());
        return memory;
    }

    @Test
    void theTranslationMarksTheWordsThatTranslateTheFragment() throws InterruptedException {
        long memory = vegetables("fragment-vegetables");
        try {
            JsonPath arabic = LookupResourceTest.lookup(Map.of("text", "قال البائع إن الجزرة والبصلة والملفوفة طازجة اليوم",
                    "sourceLang", "ar", "targetLang", "en", "memories", List.of(String.valueOf(memory))));
            assertEquals("الجزرة والبصلة والملفوفة", arabic.getString("fragments[0].source.text"), arabic.prettify());
            assertEquals(MARKET_EN, arabic.getString("fragments[0].translation"));
            assertEquals("carrot, the onion and the cabbage", arabic.getString("fragments[0].target.text"), arabic.prettify());
            assertEquals(MARKET_EN.indexOf("carrot"), arabic.getInt("fragments[0].target.codePointStart"));

            JsonPath english = LookupResourceTest.lookup(Map.of("text", "Please cut the carrot, the onion and the cabbage finely",
                    "sourceLang", "en", "targetLang", "ar", "memories", List.of(String.valueOf(memory))));
            assertEquals("ar", english.getString("fragments[0].targetLang"), english.prettify());
            String target = english.getString("fragments[0].target.text");
            assertEquals("الجزرة والبصلة والملفوفة", target, english.prettify());
            int start = english.getInt("fragments[0].target.start");
            assertEquals(target, MARKET_AR.substring(start, english.getInt("fragments[0].target.end")));
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aGlossaryTermTheMemoryHoldsIsAFragmentThoughShorterThanARun() {
        // البنتاجون is a one-word term of the seed glossary; three seed sentences hold it
        JsonPath r = lookup("أصدر البنتاجون بيانا جديدا عن الميزانية");
        assertEquals(List.of(), r.getList("matches"));
        assertEquals(1, r.getList("fragments").size(), r.prettify());
        assertEquals("البنتاجون", r.getString("fragments[0].query.text"));
        assertEquals("البنتاجون", r.getString("fragments[0].source.text"));
        assertEquals(3, r.getInt("fragments[0].units"));
        assertEquals(r.getLong("terms[0].conceptId"), r.getLong("fragments[0].conceptId"));
        // the glossary's equivalent marks the translation
        assertEquals("Pentagon", r.getString("fragments[0].target.text"), r.prettify());
        // a run of words is no term: it names no concept
        assertFalse(lookup(QUERY).getMap("fragments[0]").containsKey("conceptId"));
    }

    @Test
    void aWholeMatchLeavesNoFragments() {
        JsonPath r = lookup(LookupResourceTest.TITLE);
        assertEquals(100, r.getInt("matches[0].score"));
        assertEquals(List.of(), r.getList("fragments"));
    }
}
