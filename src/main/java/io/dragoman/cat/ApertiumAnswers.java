package io.dragoman.cat;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Apertium APy's JSON shapes. A failure carries APy's own fields ({@code status}, {@code code},
 * {@code message}, {@code explanation}) and the {@code responseStatus}/{@code responseDetails} pair
 * that OmegaT's connector reads to show the reason in its machine-translation pane.
 */
final class ApertiumAnswers {
    record Envelope(Object responseData, String responseDetails, int responseStatus) {
    }

    record Translated(String translatedText) {
    }

    record Pair(String sourceLanguage, String targetLanguage) {
    }

    record Failure(String status, int code, String message, String explanation, Object responseData,
                   String responseDetails, int responseStatus) {
    }

    private ApertiumAnswers() {
    }

    static Response pairs(List<Pair> pairs) {
        return ToolJson.ok(new Envelope(pairs, null, 200));
    }

    static Response translated(String text) {
        return ToolJson.ok(new Envelope(new Translated(text), null, 200));
    }

    static Response failure(int code, String explanation) {
        String message = code == 404 ? "Not Found" : code == 413 ? "Payload Too Large" : "Bad Request";
        return ToolJson.status(code, new Failure("error", code, message, explanation, null, explanation, code));
    }
}
