package io.dragoman.bench;

import io.dragoman.align.Bead;
import io.dragoman.bench.Evaluation.Side;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * hunalign (Varga et al. 2005) with an empty dictionary, run as one batch process over all document
 * pairs of a variant: Arabic as its first ("hu") file, English as its second. Its ladder output
 * ({@code i j score} per rung, the last rung at (n, m)) becomes beads between consecutive rungs.
 */
final class Hunalign implements Evaluation.Aligner {
    private final Path binary;
    private final Path work;
    private int runs;
    /** Wall-clock time of the last batch, in nanoseconds. */
    long lastNanos;

    Hunalign(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    @Override
    public List<List<Bead>> align(List<Side[]> pairs) {
        try {
            Path dir = Files.createDirectories(work.resolve("run" + runs++));
            Path dictionary = Files.writeString(dir.resolve("null.dic"), "");
            StringBuilder batch = new StringBuilder();
            for (int k = 0; k < pairs.size(); k++) {
                Path ar = write(dir.resolve(k + ".ar"), pairs.get(k)[0]);
                Path en = write(dir.resolve(k + ".en"), pairs.get(k)[1]);
                batch.append(ar).append('\t').append(en).append('\t').append(dir.resolve(k + ".align")).append('\n');
            }
            Path batchFile = Files.writeString(dir.resolve("batch"), batch);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(binary.toString(), "-batch", dictionary.toString(), batchFile.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("hunalign failed, see " + dir.resolve("log"));
            }
            lastNanos = System.nanoTime() - start;
            List<List<Bead>> out = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                out.add(beads(dir.resolve(k + ".align")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, Side side) throws IOException {
        StringBuilder text = new StringBuilder();
        side.texts().forEach(t -> text.append(t.replaceAll("\\s+", " ")).append('\n'));
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** No file: hunalign refused the pair ("sizes differing too much"), so it proposes nothing. */
    private static List<Bead> beads(Path ladder) throws IOException {
        List<Bead> beads = new ArrayList<>();
        if (!Files.exists(ladder)) {
            return beads;
        }
        int[] previous = null;
        double previousScore = 0;
        for (String line : Files.readAllLines(ladder, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            int[] rung = {Integer.parseInt(cells[0]), Integer.parseInt(cells[1])};
            if (previous != null && (rung[0] > previous[0] || rung[1] > previous[1])) {
                beads.add(new Bead(previous[0], rung[0] - previous[0], previous[1], rung[1] - previous[1],
                        Math.max(0, Math.min(1, previousScore))));
            }
            previous = rung;
            previousScore = Double.parseDouble(cells[2]);
        }
        return beads;
    }
}
