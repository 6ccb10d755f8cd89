package io.dragoman.it;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A TMX 1.4 file of distinct Arabic-English units, for tests and benchmarks that need a large import. */
public final class GeneratedTmx {
    private GeneratedTmx() {
    }

    public static Path write(Path file, int units) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                    + "<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\""
                    + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
            for (int i = 0; i < units; i++) {
                out.write("<tu><tuv xml:lang=\"en\"><seg>Open file number " + i + " in the editor</seg></tuv>"
                        + "<tuv xml:lang=\"ar\"><seg>افتح الملف رقم " + i + " في المحرر</seg></tuv></tu>\n");
            }
            out.write("</body></tmx>\n");
        }
        return file;
    }
}
