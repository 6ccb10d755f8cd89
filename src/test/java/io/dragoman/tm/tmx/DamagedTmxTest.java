package io.dragoman.tm.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.core.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged uploads that once failed as internal errors (500), found by {@link TmxFuzzTest}. */
class DamagedTmxTest {
    private static final String TMX = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
            + "<tu><tuv xml:lang=\"en\"><seg>force</seg></tuv><tuv xml:lang=\"ar\"><seg>قوة</seg></tuv></tu></body></tmx>";

    @TempDir
    Path dir;

    @Test
    void corruptGzipIsAFormatError() throws IOException {
        byte[] gzip = gzip(TMX.getBytes(StandardCharsets.UTF_8));
        gzip[10] = (byte) 0xFF; // the first deflate block: final, of the reserved (invalid) type
        FormatException e = assertThrows(FormatException.class, () -> readAll("broken.tmx.gz", gzip));
        assertTrue(e.getMessage().startsWith("the compressed data is damaged or incomplete: "), e.getMessage());
    }

    @Test
    void truncatedGzipIsAFormatError() throws IOException {
        byte[] gzip = gzip(TMX.getBytes(StandardCharsets.UTF_8));
        assertThrows(FormatException.class, () -> readAll("cut.tmx.gz", Arrays.copyOf(gzip, 6)));
    }

    @Test
    void zipEntryNameThatIsNotUtf8IsAFormatError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.tmx"));
            zip.write(TMX.getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = out.toByteArray();
        bytes[30] = (byte) 0xFF; // the first byte of the first entry's name in its local header
        FormatException e = assertThrows(FormatException.class, () -> readAll("names.zip", bytes));
        assertTrue(e.getMessage().contains("name is not UTF-8"), e.getMessage());
    }

    @Test
    void doctypeWithAControlCharacterIsAFormatErrorWithItsPlace() {
        // The JDK's parser threw MissingResourceException (InvalidCharInDTD) for it.
        byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\u0001]>\n" + TMX.substring(TMX.indexOf('\n') + 1))
                .getBytes(StandardCharsets.UTF_8);
        FormatException e = assertThrows(FormatException.class, () -> TmxReader.open(new ByteArrayInputStream(xml), "dtd.tmx"));
        assertEquals(2, e.line());
        assertTrue(e.column() >= 1);
    }

    private void readAll(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        new TmxInput(1_000_000).open(new ImportFile(name, file), (stream, xml) -> {
            try (TmxReader reader = TmxReader.open(xml, stream)) {
                while (reader.next() != null) {
                    continue;
                }
            }
        });
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
