package io.dragoman.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes the large file of the bounded-heap benchmark from a real one: the body of a TMX file
 * (one {@code tu} per 8-line block, as Translate Toolkit writes it) repeated N times, each copy's
 * segments suffixed with " #k" so that no unit is a duplicate of another.
 * {@code java -cp target/test-classes io.dragoman.bench.TmxMultiplier IN.tmx.gz N OUT.tmx.gz}
 */
public final class TmxMultiplier {
    private TmxMultiplier() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<String> head = new ArrayList<>();
        List<String> body = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(in), 1 << 16), StandardCharsets.UTF_8))) {
            boolean inBody = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.strip().equals("</body>")) {
                    break;
                }
                (inBody ? body : head).add(line);
                inBody |= line.strip().equals("<body>");
            }
        }
        long units = 0;
        try (OutputStream file = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16));
             Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
            for (String line : head) {
                writer.write(line);
                writer.write('\n');
            }
            for (int k = 1; k <= copies; k++) {
                String suffix = " #" + k + "</seg>";
                for (String line : body) {
                    writer.write(line.replace("</seg>", suffix));
                    writer.write('\n');
                    if (line.strip().equals("</tu>")) {
                        units++;
                    }
                }
            }
            writer.write("  </body>\n</tmx>\n");
        }
        System.out.printf("wrote %,d units to %s%n", units, out);
    }
}
