package io.dragoman.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fragment matches in the lookup answer, against the seed memory, when no whole unit passes the threshold. */
@QuarkusTest
class FragmentLookupTest {
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
        // two words in a row are no fragment
        assertEquals(List.of(), lookup("قال المتحدث إن حفظ السلام ستبدأ الأسبوع المقبل").getList("fragments"));
    }

    @Test
    void aWholeMatchLeavesNoFragments() {
        JsonPath r = lookup(LookupResourceTest.TITLE);
        assertEquals(100, r.getInt("matches[0].score"));
        assertEquals(List.of(), r.getList("fragments"));
    }
}
