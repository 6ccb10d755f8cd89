package io.dragoman.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.api.FragmentLookupTest;
import io.dragoman.api.LearnedWords;
import io.dragoman.api.Memories;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The lookup panel against the seed memory: matches, bands, diffs, glossary terms, copying. */
@QuarkusTest
class LookupPageTest extends BrowserTest {
    /** The seed article's headline as stored. */
    private static final String HEADLINE = "واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة";
    /** The headline typed with harakat and the conjunction و glued to its first word. */
    private static final String TYPED = "وواشنطن تَشْرَعُ في بَدْءِ محادثات لتمويل قوة حفظ السلام في غزة";

    @BeforeEach
    void openLookup() {
        browser.open(root, "lookup");
    }

    @Test
    void anArabicQueryWithHarakatAndACliticFindsTheSeedHeadlineWithItsBandAndDiff() throws Exception {
        type(TYPED);
        WebElement top = firstMatch();
        assertEquals(HEADLINE, top.findElement(By.cssSelector(".source")).getText());
        assertEquals("Washington begins talks on funding a peacekeeping force in Gaza",
                top.findElement(By.cssSelector(".target")).getText());
        int score = Integer.parseInt(top.getAttribute("data-score"));
        assertTrue(score >= 75 && score < 100, "score " + score);
        String band = score >= 95 ? "95" : score >= 85 ? "85" : "75";
        assertTrue(top.getAttribute("class").contains("band-" + band), top.getAttribute("class"));
        assertEquals(score + "%", top.findElement(By.cssSelector(".band")).getText());
        assertEquals("fuzzy", top.findElement(By.cssSelector(".match-class")).getText());

        WebElement source = top.findElement(By.cssSelector(".source"));
        assertEquals("rtl", source.getAttribute("dir"));
        assertEquals("ar", source.getAttribute("lang"));
        List<WebElement> marks = source.findElements(By.cssSelector("mark, del, ins"));
        assertEquals(1, marks.size(), "one difference: the clitic");
        assertEquals("واشنطن", marks.get(0).getText());
        assertEquals("diff-replaced", marks.get(0).getAttribute("class"));
        assertTrue(marks.get(0).getAttribute("title").contains("وواشنطن"));
        // The mark covers the first word: in right-to-left text it sits at the right edge.
        assertTrue(rightEdge(marks.get(0)) >= rightEdge(source) - 2, "the first Arabic word is drawn rightmost");

        assertTrue(browser.find("#lookup-query").getAttribute("dir").equals("auto"));
        browser.screenshot("lookup-arabic");
        System.out.println("Arabic source drawn with " + browser.fontsOf("#lookup-matches .source"));
        browser.viewport(1280, 900, 2);
        browser.screenshot("lookup-arabic-match", firstMatch());
    }

    @Test
    void anEnglishQueryFindsTheArabicWithTheInsertedWordShownInPlace() throws Exception {
        type("Washington begins new talks on funding a peacekeeping force in Gaza");
        WebElement top = firstMatch();
        WebElement source = top.findElement(By.cssSelector(".source"));
        assertEquals("en", source.getAttribute("lang"));
        assertEquals("ltr", source.getAttribute("dir"));
        WebElement target = top.findElement(By.cssSelector(".target"));
        assertEquals(HEADLINE, target.getText());
        assertEquals("rtl", target.getAttribute("dir"));
        WebElement inserted = source.findElement(By.cssSelector("ins.diff-inserted"));
        assertEquals("new", inserted.getText().strip());
        String before = textBefore(source, inserted);
        assertEquals("Washington begins", before.strip());
        browser.screenshot("lookup-english");
    }

    @Test
    void aWordInsertedAfterALigatureIsShownRightAfterIt() throws Exception {
        long memory = Memories.create("page-ligature");
        try {
            Memories.unit(memory, "قال النبي محمد ﷺ في خطبته", "The Prophet Muhammad, peace be upon him, said in his sermon");
            browser.open(root, "lookup");
            // ﷺ written out, and one word more after it: the page must count ﷺ as the four words it is.
            type("قال النبي محمد صلى الله عليه وسلم اليوم في خطبته");
            WebElement source = firstMatch().findElement(By.cssSelector(".source"));
            WebElement inserted = source.findElement(By.cssSelector("ins.diff-inserted"));
            assertEquals("اليوم", inserted.getText().strip());
            String before = textBefore(source, inserted);
            assertEquals("قال النبي محمد ﷺ", before.strip());
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void altOneCopiesTheFirstTargetAndRecordsItsUse() {
        type(TYPED);
        WebElement top = firstMatch();
        long unit = Long.parseLong(top.getAttribute("data-unit-id"));
        int before = usage(unit);
        browser.find("#lookup-query").sendKeys(Keys.chord(Keys.ALT, "1"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-status"),
                "match 1"));
        browser.waitFor(d -> usage(unit) == before + 1);
        assertTrue(top.findElement(By.cssSelector(".usage")).getText().contains((before + 1) + "×"));
        assertEquals(TYPED, browser.find("#lookup-query").getAttribute("value"), "the shortcut typed nothing");

        // Outside a text field the plain digit works too.
        top.findElement(By.cssSelector("button.copy")).sendKeys("1");
        browser.waitFor(d -> usage(unit) == before + 2);
    }

    @Test
    void aFiveThousandCharacterArabicParagraphIsLookedUpByPost() {
        // Percent-encoded in a URL this paragraph would take about 30 kB: too long for a request line.
        StringBuilder paragraph = new StringBuilder(HEADLINE);
        while (paragraph.length() < 5_000) {
            paragraph.append(" وقال المتحدث إن المحادثات ستستمر ثلاثة أيام في العاصمة.");
        }
        String text = paragraph.substring(0, 5_000);
        browser.js("performance.clearResourceTimings();"
                + "const q = document.getElementById('lookup-query'); q.value = arguments[0];"
                + "q.dispatchEvent(new Event('input', {bubbles: true}));", text);
        browser.waitFor(d -> text.equals(browser.find("#lookup-matches").getAttribute("data-query")));
        String line = browser.find("#lookup-status").getText();
        assertTrue(line.startsWith("No match") || line.contains("ar → en"), line);
        assertFalse(line.contains("414") || line.contains("Too Long"), line);
        @SuppressWarnings("unchecked")
        List<String> lookups = (List<String>) browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/api/lookup')).map(e => e.name)");
        assertFalse(lookups.isEmpty());
        lookups.forEach(url -> assertFalse(url.contains("?"), "the text went into the URL: " + url.length()));
    }

    @Test
    void readsInANarrowSideWindow() throws Exception {
        browser.viewport(360, 760, 2);
        type(TYPED);
        firstMatch();
        assertFalse(browser.scrollsSideways(), "the lookup scrolls sideways at 360 px");
        browser.screenshot("lookup-narrow");
        browser.viewport(640, 450, 2);
        assertFalse(browser.scrollsSideways(), "the lookup scrolls sideways at 200 %");
        browser.screenshot("lookup-zoom-200");
    }

    @Test
    void concordanceMarksThePhraseInEveryUnitHoldingIt() throws Exception {
        browser.open(root, "concordance");
        browser.submit("#conc-query", "حفظ السلام", "#conc-hits");
        List<WebElement> hits = browser.all("#conc-hits > li");
        assertTrue(hits.size() >= 1, "hits: " + hits.size());
        for (WebElement hit : hits) {
            WebElement text = hit.findElement(By.cssSelector(".source"));
            assertEquals("rtl", text.getAttribute("dir"));
            List<WebElement> marks = text.findElements(By.cssSelector("mark.hit"));
            assertFalse(marks.isEmpty(), text.getText());
            marks.forEach(mark -> assertTrue(mark.getText().contains("حفظ") && mark.getText().contains("سلام"), mark.getText()));
        }
        assertTrue(browser.find("#conc-hits").getText().contains(HEADLINE));
        browser.screenshot("concordance");
    }

    @Test
    void ctrlKShowsTheConcordanceOfTheSelectedWordsMarkedOnBothSides() throws Exception {
        type("وصلت طلائع قوة حفظ السلام إلى غزة");
        browser.js("const q = document.getElementById('lookup-query'); q.focus();"
                + "const at = q.value.indexOf('قوة حفظ السلام'); q.setSelectionRange(at, at + 'قوة حفظ السلام'.length);");
        browser.find("#lookup-query").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.waitFor(d -> "قوة حفظ السلام".equals(browser.find("#conc-hits").getAttribute("data-query")));
        assertEquals("#concordance", browser.js("return location.hash"));
        assertTrue(browser.find("#panel-concordance").isDisplayed());
        WebElement headline = browser.all("#conc-hits > li").stream()
                .filter(li -> li.getText().contains(HEADLINE)).findFirst().orElseThrow();
        assertEquals("قوة حفظ السلام", headline.findElement(By.cssSelector(".source mark.hit")).getText());
        assertEquals("peacekeeping force", headline.findElement(By.cssSelector(".target mark.hit")).getText());
        browser.screenshot("concordance-both-sides");

        // Clitics: the ministry's name is found after the preposition ل.
        browser.submit("#conc-query", "وزارة الدفاع", "#conc-hits");
        List<String> marks = browser.all("#conc-hits .source mark.hit").stream().map(WebElement::getText).toList();
        assertTrue(marks.contains("لوزارة الدفاع") && marks.contains("وزارة الدفاع"), marks.toString());
        browser.submit("#conc-query", "السلا*", "#conc-hits");
        assertTrue(browser.all("#conc-hits .source mark.hit").stream().anyMatch(m -> m.getText().equals("السلام")));
    }

    @Test
    void theConcordanceMarksInTheTranslationTheWordsTheMemoryPairsWithThePhrase() throws Exception {
        // Tools named nowhere in the glossary: only these units teach that المطرقة is a hammer.
        String[][] tools = {{"المطرقة", "hammer"}, {"المفك", "screwdriver"}, {"المنشار", "handsaw"}, {"الكماشة", "pliers"},
                {"المسمار", "nail"}, {"الفأس", "axe"}, {"المجرفة", "shovel"}, {"المقص", "scissors"},
                {"الإزميل", "chisel"}, {"المثقاب", "drill"}, {"الدلو", "bucket"}, {"الحبل", "rope"}};
        long memory = LearnedWords.store("page-tools", tools);
        try {
            browser.open(root, "concordance");
            browser.submit("#conc-query", "المطرقة", "#conc-hits");
            List<WebElement> hits = browser.all("#conc-hits > li");
            assertEquals(2, hits.size());
            for (WebElement hit : hits) {
                assertEquals("المطرقة", hit.findElement(By.cssSelector(".source mark.hit")).getText());
                WebElement target = hit.findElement(By.cssSelector(".target"));
                assertEquals("ltr", target.getAttribute("dir"));
                assertEquals(List.of("hammer"), target.findElements(By.cssSelector("mark.hit")).stream().map(WebElement::getText).toList());
            }
            browser.screenshot("concordance-learned-words");
        } finally {
            Memories.delete(memory);
        }
    }

    @Test
    void aSentenceWithNoCloseMatchShowsThePartsOfItThatTheMemoryHolds() throws Exception {
        String query = "قال المتحدث إن محادثات لتمويل قوة حفظ السلام ستبدأ الأسبوع المقبل";
        type(query);
        browser.waitFor(d -> query.equals(browser.find("#lookup-fragment-list").getAttribute("data-query")));
        WebElement fragment = browser.visible("#lookup-fragment-list > li.fragment");
        WebElement source = fragment.findElement(By.cssSelector(".source"));
        assertEquals("rtl", source.getAttribute("dir"));
        assertEquals("محادثات لتمويل قوة حفظ السلام", source.findElement(By.cssSelector("mark.hit")).getText());
        assertTrue(fragment.findElement(By.cssSelector(".target")).getText().contains("peacekeeping"));
        assertTrue(browser.find("#lookup-status").getText().contains("of the sentence found in the memory"),
                browser.find("#lookup-status").getText());
        assertTrue(browser.all("#lookup-matches > li").isEmpty());
        browser.screenshot("lookup-fragments");

        type(HEADLINE);
        firstMatch();
        assertFalse(browser.find("#lookup-fragments").isDisplayed());
    }

    @Test
    void aFragmentsTranslationMarksThePartTheMemoryPairsWithIt() throws Exception {
        long memory = FragmentLookupTest.vegetables("page-vegetables");
        try {
            browser.open(root, "lookup");
            new Select(browser.find("#lookup-direction")).selectByValue("en:ar");
            String query = "Please cut the carrot, the onion and the cabbage finely";
            type(query);
            browser.waitFor(d -> query.equals(browser.find("#lookup-fragment-list").getAttribute("data-query")));
            WebElement target = browser.visible("#lookup-fragment-list > li.fragment .target");
            assertEquals("rtl", target.getAttribute("dir"));
            assertEquals(FragmentLookupTest.MARKET_AR, target.getText());
            assertEquals("الجزرة والبصلة والملفوفة", target.findElement(By.cssSelector("mark.hit")).getText());
            browser.screenshot("lookup-fragment-target");

            // a one-word glossary term the memory holds, its translation marked with the glossary's equivalent
            new Select(browser.find("#lookup-direction")).selectByValue("ar:en");
            type("أصدر البنتاجون بيانا جديدا عن الميزانية");
            browser.waitFor(d -> browser.find("#lookup-fragment-list").getText().contains("البنتاجون"));
            WebElement term = browser.visible("#lookup-fragment-list > li.fragment");
            assertTrue(term.findElement(By.cssSelector(".hint")).getText().startsWith("The glossary term"),
                    term.getText());
            assertEquals("Pentagon", term.findElement(By.cssSelector(".target mark.hit")).getText());
        } finally {
            Memories.delete(memory);
        }
    }

    /** The text of {@code element} before {@code child}, as the reader sees it. */
    private static String textBefore(WebElement element, WebElement child) {
        return (String) browser.js(
                "const r = document.createRange(); r.setStart(arguments[0], 0); r.setEndBefore(arguments[1]); return r.toString();",
                element, child);
    }

    private static void type(String text) {
        WebElement query = browser.find("#lookup-query");
        query.clear();
        query.sendKeys(text);
    }

    /** The first match once the list answers the whole query typed (not a prefix caught mid-typing). */
    private static WebElement firstMatch() {
        String typed = browser.find("#lookup-query").getAttribute("value");
        browser.waitFor(d -> typed.equals(browser.find("#lookup-matches").getAttribute("data-query")));
        return browser.visible("#lookup-matches > li.match");
    }

    private static double rightEdge(WebElement element) {
        return ((Number) browser.js("return arguments[0].getBoundingClientRect().right", element)).doubleValue();
    }

    private static int usage(long unit) {
        Map<String, Object> view = given().when().get("/api/units/" + unit).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        return ((Number) view.get("usageCount")).intValue();
    }
}
