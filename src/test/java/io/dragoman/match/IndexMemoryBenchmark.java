package io.dragoman.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Does the index for 1M sentence-length units fit the server's {@code -Xmx1g}? Generates the same
 * kind of units as {@link MatchBenchmark} (near-duplicates drawn from the last 50,000 units, so
 * that texts need not be kept), indexes them in batches, and reports the heap held after GC.
 * Run with {@code -Xmx1g}; see docs/benchmarks.md. With a third argument, a file, it also saves the
 * index there as a start-up snapshot and reads it back three times: what a restart at this size pays
 * for the index instead of building it.
 */
public final class IndexMemoryBenchmark {
    private IndexMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (count == 0) { // read back a snapshot an earlier run saved
            readBack(Path.of(args[2]));
            return;
        }
        SentencePairs pairs = new SentencePairs(data);
        long base = used();
        FuzzyIndex index = new FuzzyIndex();
        List<IndexedUnit> batch = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            BenchTmx.Pair p = pairs.next();
            batch.add(new IndexedUnit(i + 1, 1, "en", "ar", p.en(), p.ar(), null));
            if (batch.size() == 10_000) {
                index.upsert(batch);
                batch.clear();
            }
        }
        index.upsert(batch);
        long ms = (System.nanoTime() - start) / 1_000_000;
        pairs = null;
        long held = used() - base;
        System.out.printf("%,d units indexed in %,d ms (generation included); heap held by the index %.0f MB"
                        + " = %.0f bytes/unit; max heap %d MB%n", index.size(), ms, held / 1048576.0,
                held / (double) count, Runtime.getRuntime().maxMemory() >> 20);
        if (args.length > 2) {
            snapshot(index, Path.of(args[2]));
        }
    }

    private static void snapshot(FuzzyIndex index, Path file) throws Exception {
        long start = System.nanoTime();
        index.read(store -> {
            try {
                return IndexSnapshot.write(store, new IndexSnapshot.Position(1, 1), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.printf("snapshot written in %,d ms: %,d bytes%n", (System.nanoTime() - start) / 1_000_000,
                java.nio.file.Files.size(file));
        index.replace(new IndexStore()); // the heap a restarting server has: no index yet
        readBack(file);
    }

    private static void readBack(Path file) throws Exception {
        long start;
        for (int run = 1; run <= 3; run++) {
            used();
            start = System.nanoTime();
            IndexSnapshot.Loaded loaded = IndexSnapshot.read(file);
            System.out.printf("snapshot read #%d: %,d units in %,d ms%n", run, loaded.units(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
