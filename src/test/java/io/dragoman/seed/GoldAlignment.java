package io.dragoman.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hand-made sentence alignment of the seed article, read from
 * {@code corpus/<doc>.gold.tsv}: columns {@code position}, {@code ar}, {@code en}; a cell holding
 * several segments separates them with {@code " | "}; an empty cell is an omitted segment.
 */
public record GoldAlignment(String document, List<Bead> beads) {
    public static final String SEGMENT_SEPARATOR = " | ";

    /** One alignment bead: zero or more segments on each side. */
    public record Bead(int position, List<String> arabic, List<String> english) {
        public Bead {
            arabic = List.copyOf(arabic);
            english = List.copyOf(english);
        }

        public boolean isPair() {
            return !arabic.isEmpty() && !english.isEmpty();
        }

        public String arabicText() {
            return String.join(" ", arabic);
        }

        public String englishText() {
            return String.join(" ", english);
        }
    }

    public GoldAlignment {
        beads = List.copyOf(beads);
    }

    public static GoldAlignment load(String document) {
        String resource = "corpus/" + document + ".gold.tsv";
        try (InputStream in = GoldAlignment.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Bead> beads = new ArrayList<>();
            String header = reader.readLine();
            if (!"position\tar\ten".equals(header)) {
                throw new IllegalStateException(resource + ": unexpected header " + header);
            }
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected 3 cells, found " + cells.length);
                }
                beads.add(new Bead(Integer.parseInt(cells[0].strip()), segments(cells[1]), segments(cells[2])));
            }
            return new GoldAlignment(document, beads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> segments(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
