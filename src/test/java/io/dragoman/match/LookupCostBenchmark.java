package io.dragoman.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * What the server's lookups cost in process (not part of {@code mvn verify}): the whole Debian TM
 * in one index, and the 600 lookups of {@code bench/http-lookup.sh} (the same 300 pairs, shuffled
 * with seed 14, from English and from Arabic, minScore 50, 5 matches). Per query it splits the time
 * into the candidate filter and the ranker and counts the candidates, so a change can be judged
 * without HTTP; the CRC-32 over every answer shows that a change left the answers alone.
 * Arguments: data directory, rounds (the first is a warm-up and not counted).
 */
public final class LookupCostBenchmark {
    private LookupCostBenchmark() {
    }

    record Cost(String text, String lang, int candidates, long filterNanos, long rankNanos) {
        long total() {
            return filterNanos + rankNanos;
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<BenchTmx.Pair> all = BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"));
        MatchBenchmark.Texts texts = new MatchBenchmark.Texts(all.size());
        List<IndexedUnit> units = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            texts.en[i + 1] = all.get(i).en();
            texts.ar[i + 1] = all.get(i).ar();
            units.add(new IndexedUnit(i + 1, 1, "en", "ar", all.get(i).en(), all.get(i).ar(), null));
        }
        FuzzyIndex index = new FuzzyIndex();
        for (int i = 0; i < units.size(); i += 10_000) {
            index.upsert(units.subList(i, Math.min(units.size(), i + 10_000)));
        }
        units = null;
        Collections.shuffle(all, new Random(14));
        List<LookupQuery> queries = new ArrayList<>();
        for (BenchTmx.Pair p : all) {
            if (queries.size() == 600) {
                break;
            }
            if (p.en().isBlank() || p.ar().isBlank() || p.en().length() > 1900 || p.ar().length() > 1900) {
                continue;
            }
            queries.add(LookupQuery.of(p.en(), "en", "ar", List.of(), 50, 5, null));
            queries.add(LookupQuery.of(p.ar(), "ar", "en", List.of(), 50, 5, null));
        }
        List<Cost> costs = new ArrayList<>();
        CRC32 crc = new CRC32();
        for (int round = 0; round <= rounds; round++) {
            for (LookupQuery q : queries) {
                PreparedQuery prepared = q.prepare();
                long t0 = System.nanoTime();
                List<Candidate> candidates = index.candidates(prepared);
                long t1 = System.nanoTime();
                List<Match> matches = MatchRanker.rank(prepared, candidates, q.maxResults(), texts);
                long t2 = System.nanoTime();
                if (round > 0) {
                    costs.add(new Cost(q.text().text(), q.sourceLang(), candidates.size(), t1 - t0, t2 - t1));
                }
                if (round == rounds) {
                    crc.update(matches.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        System.out.printf("%d queries x %d rounds; answers CRC-32 %08x%n", queries.size(), rounds, crc.getValue());
        print("filter", costs.stream().mapToLong(Cost::filterNanos).sorted().toArray());
        print("ranker", costs.stream().mapToLong(Cost::rankNanos).sorted().toArray());
        print("both", costs.stream().mapToLong(Cost::total).sorted().toArray());
        System.out.printf("candidates: mean %.0f, max %d%n", costs.stream().mapToInt(Cost::candidates).average().orElse(0),
                costs.stream().mapToInt(Cost::candidates).max().orElse(0));
        System.out.println("costliest queries (one round):");
        costs.subList(costs.size() - queries.size(), costs.size()).stream()
                .sorted(Comparator.comparingLong(Cost::total).reversed()).limit(12)
                .forEach(c -> System.out.printf("  %.2f ms (filter %.2f, ranker %.2f), %,d candidates, %s: %s%n",
                        c.total() / 1e6, c.filterNanos() / 1e6, c.rankNanos() / 1e6, c.candidates(), c.lang(),
                        c.text().length() > 60 ? c.text().substring(0, 60) + "…" : c.text()));
    }

    private static void print(String what, long[] sorted) {
        long sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        System.out.printf("%s: mean %.3f ms, p50 %.3f, p90 %.3f, p99 %.3f, max %.3f%n", what, sum / 1e6 / sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6, sorted[sorted.length * 99 / 100] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
