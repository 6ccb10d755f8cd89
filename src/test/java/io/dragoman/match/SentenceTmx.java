package io.dragoman.match;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@link SentencePairs} as a gzipped TMX 1.4 file, so that the server's start-up at a
 * million sentence units can be measured from a real database: {@code SentenceTmx DATA COUNT OUT.tmx.gz}
 * (see docs/benchmarks.md).
 */
public final class SentenceTmx {
    private SentenceTmx() {
    }

    public static void main(String[] args) throws Exception {
        SentencePairs pairs = new SentencePairs(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16), StandardCharsets.UTF_8))) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
                    + " datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"SentenceTmx\""
                    + " creationtoolversion=\"1\" o-tmf=\"none\"/><body>\n");
            for (int i = 0; i < count; i++) {
                BenchTmx.Pair p = pairs.next();
                out.write("<tu><tuv xml:lang=\"en\"><seg>" + escape(p.en()) + "</seg></tuv><tuv xml:lang=\"ar\"><seg>"
                        + escape(p.ar()) + "</seg></tuv></tu>\n");
            }
            out.write("</body></tmx>\n");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
