package io.dragoman.cat;

import static io.dragoman.cat.Encodings.form;
import static io.dragoman.cat.TmServerResourceTest.TITLE;
import static io.dragoman.cat.TmServerResourceTest.TITLE_EN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Apertium APy as OmegaT's {@code ApertiumTranslate} ("custom server") and Weblate's
 * {@code weblate/machinery/apertium.py} call it, replayed on a raw socket against the seed memory.
 */
@QuarkusTest
class ApertiumResourceTest {
    static final String TRANSLATED = "{\"responseData\":{\"translatedText\":\"" + TITLE_EN
            + "\"},\"responseDetails\":null,\"responseStatus\":200}";

    @TestHTTPResource("/")
    URL base;

    private RawHttp.Answer get(String target) throws IOException {
        return RawHttp.get(base.getPort(), target);
    }

    /** OmegaT's APERTIUM_SERVER_URL_FORMAT "%s/translate?q=%s&markUnknown=no&langpair=%s|%s&key=%s". */
    private static String omegat(String text, String source, String target) {
        return "/apertium/translate?q=" + form(text) + "&markUnknown=no&langpair=" + source + "|" + target + "&key=" + RawHttp.token();
    }

    @Test
    void listPairsAsWeblateReadsThem() throws IOException {
        // apertium.py download_languages: GET {url}/listPairs, reads responseData[].sourceLanguage/targetLanguage
        RawHttp.Answer answer = get("/apertium/listPairs");
        assertEquals(200, answer.status());
        assertEquals("{\"responseData\":[{\"sourceLanguage\":\"ar\",\"targetLanguage\":\"en\"},"
                + "{\"sourceLanguage\":\"en\",\"targetLanguage\":\"ar\"}],\"responseDetails\":null,\"responseStatus\":200}",
                answer.jsonUtf8());
        assertEquals("application/json; charset=UTF-8", answer.header("Content-Type"));
    }

    @Test
    void omegatSendsALiteralBarAndPlusForSpaces() throws IOException {
        RawHttp.Answer answer = get(omegat(TITLE, "ar", "en"));
        assertEquals(200, answer.status());
        assertEquals(TRANSLATED, answer.jsonUtf8());
        assertEquals("application/json; charset=UTF-8", answer.header("Content-Type"));
    }

    @Test
    void weblateSendsTheBarAsPercent7C() throws IOException {
        // apertium.py download_translations: params {"langpair": "ar|en", "q": text, "markUnknown": "no"}
        String target = "/apertium/translate?langpair=ar%7Cen&q=" + Encodings.pythonQuote(TITLE) + "&markUnknown=no";
        assertEquals(TRANSLATED, get(target).jsonUtf8());
    }

    @Test
    void regionalCodesAsOmegatWritesThemAndTheOtherDirection() throws IOException {
        // OmegaT's apertiumCode keeps en_US; other locales go as the language code
        assertEquals(TRANSLATED, get(omegat(TITLE, "ar_EG", "en_US")).jsonUtf8());
        JsonPath reverse = new JsonPath(get(omegat(TITLE_EN, "en_US", "ar")).jsonUtf8());
        assertEquals(TITLE, reverse.getString("responseData.translatedText"));
    }

    @Test
    void nothingAboveTheThresholdIsAnEmptyTranslation() throws IOException {
        assertEquals("{\"responseData\":{\"translatedText\":\"\"},\"responseDetails\":null,\"responseStatus\":200}",
                get(omegat("مرحبا بالعالم الجميل هذا الصباح", "ar", "en")).jsonUtf8());
    }

    @Test
    void badInputInApysErrorShape() throws IOException {
        assertFailure(get(omegat(TITLE, "en", "de")), 400, "That pair is not installed: Dragoman serves ar|en and en|ar");
        assertFailure(get("/apertium/translate?q=" + form(TITLE) + "&langpair=aren"), 400,
                "That pair is invalid, use e.g. ar|en");
        assertFailure(get("/apertium/translate?q=&markUnknown=no&langpair=ar|en&key=" + RawHttp.token()), 400, "Missing q argument");
        assertFailure(get(omegat("قوة ".repeat(2_501), "ar", "en")), 413,
                "text is 10004 characters long; the configured limit is 10000 (dragoman.match.max-query-length)");
        assertFailure(get("/apertium/memory/no-such-memory/translate?q=x&langpair=ar|en"), 404, null);
    }

    private static void assertFailure(RawHttp.Answer answer, int status, String explanation) {
        assertEquals(status, answer.status(), answer.body());
        JsonPath json = new JsonPath(answer.jsonUtf8());
        assertEquals("error", json.getString("status"));
        assertEquals(status, json.getInt("code"));
        assertEquals(status, json.getInt("responseStatus"));
        assertEquals(json.getString("explanation"), json.getString("responseDetails"));
        if (explanation != null) {
            assertEquals(explanation, json.getString("explanation"));
        }
    }
}
