package io.dragoman.match;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Lookup benchmark (not part of {@code mvn verify}): the Debian TMX (real, short UI strings) and a
 * generated 1M-unit sentence-length TM; for each, both directions, 1,000 queries each: p50/p99 of
 * the index path, the exhaustive scan and the Lucene BM25 baseline, recall of each against the
 * exhaustive top 5 at 50 and 70, memory per unit and build time. See docs/benchmarks.md for the
 * command. On the Debian TMX it also measures the recall of the index path against {@link RawReference},
 * an exhaustive scan with its own tokenisation of the raw texts ({@code -Dbench.misses=N} prints up to N
 * misses per direction and threshold). Arguments: data directory (default ../shared/data), generated
 * units (default 1000000), queries per direction (default 1000), "debian"/"synthetic"/"both" (default
 * both), or "raw": the Debian TMX, the raw-text reference only.
 */
public final class MatchBenchmark {
    private static final int[] THRESHOLDS = {50, 70};

    /** Texts kept by the benchmark itself (the server reads them from the database). */
    static final class Texts implements TextSource {
        final String[] en;
        final String[] ar;

        Texts(int size) {
            en = new String[size + 1];
            ar = new String[size + 1];
        }

        @Override
        public Map<Long, UnitTexts> texts(Collection<Long> ids) {
            Map<Long, UnitTexts> out = new HashMap<>();
            for (long id : ids) {
                out.put(id, new UnitTexts(id, 1, "en", "ar", en[(int) id], ar[(int) id], null, null));
            }
            return out;
        }
    }

    record Query(String text, String lang, String target) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String which = args.length > 3 ? args[3] : "both";
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<BenchTmx.Pair> debian = BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"));
        List<String> arabicText = new ArrayList<>(BenchCorpus.lines(data.resolve("flores200-devtest/arb_Arab.devtest")));
        List<String> englishText = new ArrayList<>(BenchCorpus.lines(data.resolve("flores200-devtest/eng_Latn.devtest")));
        debian.forEach(p -> {
            arabicText.add(p.ar());
            englishText.add(p.en());
        });
        // The raw-text reference compares builds: its queries must not depend on the build's tokenizer.
        Function<List<String>, Map<String, Integer>> count = which.equals("raw") ? BenchCorpus::countWordsPlainly
                : BenchCorpus::countWords;
        BenchCorpus.Zipf arVocabulary = new BenchCorpus.Zipf(count.apply(arabicText), 60_000);
        BenchCorpus.Zipf enVocabulary = new BenchCorpus.Zipf(count.apply(englishText), 60_000);
        arabicText.clear();
        englishText.clear();
        if (!which.equals("synthetic")) {
            Random random = new Random(1);
            List<BenchTmx.Pair> shuffled = new ArrayList<>(debian);
            java.util.Collections.shuffle(shuffled, random);
            run("Debian bookworm TMX", shuffled.subList(queries, shuffled.size()), shuffled.subList(0, queries),
                    arVocabulary, enVocabulary, random, which.equals("raw") ? Paths.RAW : Paths.ALL_AND_RAW);
        }
        debian = null;
        if (which.equals("both") || which.equals("synthetic")) {
            Random random = new Random(2);
            List<BenchTmx.Pair> units = generate(generated + queries, arVocabulary, enVocabulary, random);
            List<BenchTmx.Pair> held = new ArrayList<>();
            List<BenchTmx.Pair> kept = new ArrayList<>(generated);
            boolean[] holdOut = new boolean[units.size()];
            for (int i = 0; i < queries; ) {
                int at = random.nextInt(units.size());
                if (!holdOut[at]) {
                    holdOut[at] = true;
                    i++;
                }
            }
            for (int i = 0; i < units.size(); i++) {
                (holdOut[i] ? held : kept).add(units.get(i));
            }
            units = null;
            run("Generated sentence TM", kept, held, arVocabulary, enVocabulary, random, Paths.ALL);
        }
    }

    /** Sentences of about 12 words; 35 % are 1–3-word edits of an earlier unit. */
    static List<BenchTmx.Pair> generate(int count, BenchCorpus.Zipf ar, BenchCorpus.Zipf en, Random random) {
        List<BenchTmx.Pair> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(100) < 35) {
                BenchTmx.Pair base = units.get(random.nextInt(i));
                units.add(new BenchTmx.Pair(BenchCorpus.nearDuplicate(base.en(), en, random),
                        BenchCorpus.nearDuplicate(base.ar(), ar, random)));
            } else {
                units.add(new BenchTmx.Pair(BenchCorpus.sentence(en, random, false), BenchCorpus.sentence(ar, random, true)));
            }
        }
        return units;
    }

    /** What a run measures: the three paths, the raw-text reference, or both. */
    enum Paths { ALL, RAW, ALL_AND_RAW }

    private static void run(String name, List<BenchTmx.Pair> tm, List<BenchTmx.Pair> held, BenchCorpus.Zipf ar,
                            BenchCorpus.Zipf en, Random random, Paths paths) {
        System.out.printf("%n## %s: %,d units, %,d held-aside queries per direction%n", name, tm.size(), held.size());
        Texts texts = new Texts(tm.size());
        List<IndexedUnit> units = new ArrayList<>(tm.size());
        long chars = 0;
        for (int i = 0; i < tm.size(); i++) {
            BenchTmx.Pair p = tm.get(i);
            texts.en[i + 1] = p.en();
            texts.ar[i + 1] = p.ar();
            chars += p.en().length() + p.ar().length();
            units.add(new IndexedUnit(i + 1, 1, "en", "ar", p.en(), p.ar(), null));
        }
        System.out.printf("average characters per side: %.1f%n", chars / 2.0 / tm.size());
        long before = usedHeap();
        long start = System.nanoTime();
        FuzzyIndex index = new FuzzyIndex();
        for (int i = 0; i < units.size(); i += 10_000) {
            index.upsert(units.subList(i, Math.min(units.size(), i + 10_000)));
        }
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        units = null;
        long after = usedHeap();
        System.out.printf("index build: %,d ms; heap growth %.0f bytes/unit; self-estimate %.0f bytes/unit%n",
                buildMs, (after - before) / (double) tm.size(), index.estimatedBytes() / (double) tm.size());
        MatchEngine engine = new MatchEngine(index);
        LuceneBaseline lucene = null;
        // -Dbench.lucene=false leaves the Lucene baseline out: a side-by-side run of two builds of the index at 1M.
        if (paths != Paths.RAW && !"false".equals(System.getProperty("bench.lucene"))) {
            start = System.nanoTime();
            lucene = new LuceneBaseline(index);
            System.out.printf("Lucene baseline build: %,d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        RawRecall raw = paths == Paths.ALL ? null : new RawRecall(texts, tm.size());
        for (String direction : List.of("ar", "en")) {
            List<Query> queries = queries(held, direction, direction.equals("ar") ? ar : en, random);
            if (paths != Paths.RAW) {
                measure(direction, queries, engine, lucene, texts);
            }
            if (raw != null) {
                raw.measure(direction, queries, engine);
            }
        }
    }

    private static List<Query> queries(List<BenchTmx.Pair> held, String lang, BenchCorpus.Zipf vocabulary, Random random) {
        String target = lang.equals("ar") ? "en" : "ar";
        List<Query> queries = new ArrayList<>();
        for (BenchTmx.Pair p : held) {
            String text = random.nextInt(100) < 30 ? BenchCorpus.noMatchQuery(vocabulary, random)
                    : BenchCorpus.perturb(lang.equals("ar") ? p.ar() : p.en(), vocabulary, random, lang.equals("ar"));
            queries.add(new Query(text.isBlank() ? "x" : text, lang, target));
        }
        return queries;
    }

    private static void measure(String direction, List<Query> queries, MatchEngine engine, LuceneBaseline lucene, Texts texts) {
        Function<Integer, List<LookupQuery>> at = t -> queries.stream()
                .map(q -> LookupQuery.of(q.text(), q.lang(), q.target(), List.of(), t, 5, null)).toList();
        List<LookupQuery> at50 = at.apply(50);
        for (int i = 0; i < Math.min(200, at50.size()); i++) {
            engine.lookup(at50.get(i), texts);
            if (lucene != null) {
                lucene.lookup(at50.get(i), texts);
            }
        }
        for (int i = 0; i < Math.min(20, at50.size()); i++) {
            engine.lookupExhaustive(at50.get(i), texts);
        }
        long[] scan = new long[at50.size()];
        List<List<Match>> truth50 = new ArrayList<>();
        for (int i = 0; i < at50.size(); i++) {
            long t0 = System.nanoTime();
            truth50.add(engine.lookupExhaustive(fresh(at50.get(i)), texts));
            scan[i] = System.nanoTime() - t0;
        }
        System.out.printf("%n### %s→%s%n", direction, direction.equals("ar") ? "en" : "ar");
        System.out.println("| path | threshold | p50 ms | p90 ms | p99 ms | recall vs exhaustive top 5 | identical top 5 |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf("| exhaustive scan | 50 | %.2f | %.2f | %.2f | 1.000 | — |%n", pct(scan, 50), pct(scan, 90), pct(scan, 99));
        for (int threshold : THRESHOLDS) {
            List<LookupQuery> batch = at.apply(threshold);
            List<List<Match>> truth = truth50.stream()
                    .map(list -> list.stream().filter(m -> m.score() >= threshold).limit(5).toList()).toList();
            report("index (lossless filter)", threshold, batch, truth, q -> engine.lookup(q, texts));
            if (lucene != null) {
                report("Lucene BM25 top 200 + re-rank", threshold, batch, truth, q -> lucene.lookup(q, texts));
            }
        }
        long withTruth = truth50.stream().filter(l -> !l.isEmpty()).count();
        System.out.printf("queries with at least one match ≥ 50: %d of %d%n", withTruth, truth50.size());
    }

    private static void report(String path, int threshold, List<LookupQuery> batch, List<List<Match>> truth,
                               Function<LookupQuery, List<Match>> lookup) {
        long[] times = new long[batch.size()];
        int relevant = 0;
        int found = 0;
        int identical = 0;
        CRC32 answers = new CRC32();
        for (int i = 0; i < batch.size(); i++) {
            long t0 = System.nanoTime();
            List<Match> got = lookup.apply(fresh(batch.get(i)));
            times[i] = System.nanoTime() - t0;
            List<Long> want = truth.get(i).stream().map(Match::unitId).toList();
            List<Long> ids = got.stream().map(Match::unitId).toList();
            relevant += want.size();
            found += (int) want.stream().filter(ids::contains).count();
            identical += got.equals(truth.get(i)) ? 1 : 0;
            answers.update(got.toString().getBytes(StandardCharsets.UTF_8));
        }
        // A checksum of every answer in full, so that two builds can be compared without the tables.
        System.err.printf("answers %s at %d: crc32 %08x%n", path, threshold, answers.getValue());
        System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.3f | %d / %d |%n", path, threshold, pct(times, 50), pct(times, 90),
                pct(times, 99),
                relevant == 0 ? 1.0 : found / (double) relevant, identical, batch.size());
        if (System.getProperty("bench.slowest") != null) {
            Integer[] order = new Integer[times.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(times[b], times[a]));
            for (int i = 0; i < 3; i++) {
                System.err.printf("  slow %.1f ms: %s%n", times[order[i]] / 1e6, batch.get(order[i]).text().text());
            }
        }
    }

    /** The query analysed anew, inside the timing: analysing the text is part of what a lookup costs. */
    private static LookupQuery fresh(LookupQuery q) {
        return LookupQuery.of(q.text().text(), q.sourceLang(), q.targetLang(), q.memories(), q.minScore(), q.maxResults(),
                q.previous());
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, at)] / 1e6;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
