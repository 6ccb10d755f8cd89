package io.dragoman.xliff;

import io.dragoman.core.FormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XLIFF file's bytes as text and back, in its own encoding and with its own byte order mark,
 * so that what Dragoman does not edit comes out byte for byte. The encoding is found as XML
 * says: a BOM, else the XML declaration, else UTF-8.
 */
record XliffText(String text, Charset charset, byte[] bom) {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    static XliffText decode(byte[] bytes, String fileName) {
        byte[] bom = new byte[0];
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(bytes, UTF8_BOM)) {
            bom = UTF8_BOM;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            bom = Arrays.copyOf(bytes, 2);
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            bom = Arrays.copyOf(bytes, 2);
            charset = StandardCharsets.UTF_16LE;
        } else {
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED.matcher(head);
            if (declared.find()) {
                try {
                    charset = Charset.forName(declared.group(1));
                } catch (IllegalArgumentException e) {
                    throw new FormatException(fileName, 1, 1, "unknown encoding '" + declared.group(1) + "'");
                }
            }
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length)).toString();
            return new XliffText(text, charset, bom);
        } catch (CharacterCodingException e) {
            throw new FormatException(fileName, -1, -1, "the file is not valid " + charset.name() + " text");
        }
    }

    /** The edited text in the file's encoding, with its BOM. */
    byte[] encode(String edited, String fileName) {
        try {
            ByteBuffer body = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(edited));
            byte[] out = Arrays.copyOf(bom, bom.length + body.remaining());
            body.get(out, bom.length, body.remaining());
            return out;
        } catch (CharacterCodingException e) {
            throw new FormatException(fileName, 1, 1, "a translation cannot be written in the file's encoding "
                    + charset.name() + "; convert the file to UTF-8", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
