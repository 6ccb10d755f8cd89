package io.dragoman.cat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, byte for byte, on a plain socket: a tool's request target can
 * hold what {@link java.net.URI} refuses (OmegaT's literal {@code |}) or would clean up (Virtaal's
 * {@code //}). HTTP/1.0, so the answer comes unchunked and ends when the server closes.
 */
final class RawHttp {
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The answer's type, asserted to carry the UTF-8 charset the tools need. */
        String jsonUtf8() {
            String type = header("Content-Type");
            assertTrue(type != null && type.startsWith("application/json") && type.contains("charset=UTF-8"),
                    "Content-Type " + type + " for " + body);
            return body;
        }
    }

    /** The API token a configured tool sends; made once, by a translator, as a user would for the tool. */
    private static String token;

    private RawHttp() {
    }

    /** A translator's API token, made on first use through the API. */
    static synchronized String token() {
        if (token == null) {
            token = io.dragoman.api.Accounts.as("cat-tool-user", "translator").contentType("application/json")
                    .body(Map.of("name", "CAT tool")).when().post("/api/tokens")
                    .then().statusCode(201).extract().path("token");
        }
        return token;
    }

    /** As {@link #get}, with no credentials at all. */
    static Answer anonymous(int port, String target, String... headers) throws IOException {
        return send(port, "GET " + target, headers, null, false);
    }

    static Answer get(int port, String target, String... headers) throws IOException {
        return send(port, "GET " + target, headers, null, true);
    }

    static Answer post(int port, String target, String contentType, byte[] body, String... headers) throws IOException {
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Content-Type: " + contentType;
        all[headers.length + 1] = "Content-Length: " + body.length;
        return send(port, "POST " + target, all, body, true);
    }

    /** As {@link #post}, with no credentials at all. */
    static Answer anonymousPost(int port, String target, String contentType, byte[] body) throws IOException {
        return send(port, "POST " + target, new String[] {"Content-Type: " + contentType, "Content-Length: " + body.length},
                body, false);
    }

    /** {@code signedIn}: the tool was given a token, sent as a Bearer header unless the test sends credentials itself. */
    private static Answer send(int port, String requestLine, String[] headers, byte[] body, boolean signedIn)
            throws IOException {
        boolean credentials = requestLine.contains("key=") || requestLine.contains("/key/")
                || java.util.Arrays.stream(headers).anyMatch(h -> h.regionMatches(true, 0, "Authorization:", 0, 14))
                || (body != null && new String(body, StandardCharsets.UTF_8).contains("key="));
        if (signedIn && !credentials) {
            headers = java.util.stream.Stream.concat(java.util.Arrays.stream(headers),
                    java.util.stream.Stream.of("Authorization: Bearer " + token())).toArray(String[]::new);
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.0\r\nHost: 127.0.0.1:").append(port)
                    .append("\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            // The request line goes out as UTF-8 bytes: tools percent-encode, so it is ASCII unless a test says otherwise.
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        byte[] bytes = all.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = new String(bytes, end + 4, bytes.length - end - 4, StandardCharsets.UTF_8);
        return new Answer(status, headers, body);
    }
}
