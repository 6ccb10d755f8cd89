package io.dragoman.cat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text encoded the way each tool encodes it, so a test sends what the tool sends. */
final class Encodings {
    private Encodings() {
    }

    /**
     * Python's {@code urllib.parse.quote(text, safe="")}: Weblate's {@code get_api_url} and Virtaal's
     * {@code RESTRequest} build the unit path with it, so a space is {@code %20} and {@code /} is {@code %2F}.
     */
    static String pythonQuote(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** Java's {@code URLEncoder.encode(text, "UTF-8")}, as OmegaT's Apertium connector writes {@code q=}: a space is {@code +}. */
    static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
