package io.dragoman.match;

import io.dragoman.align.LearnedLexicon;
import io.dragoman.align.LexiconLearner;
import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fragment matches (not part of {@code mvn verify}): 100 FLORES devtest Arabic sentences as queries,
 * the other 912 FLORES pairs as the memory. Reports how much of the queries the fragments cover and
 * prints every fragment with its unit's translation for judging; then the cost of finding fragments
 * with the Debian TMX added (about 293k units), as in {@link MatchBenchmark}. The target spans come
 * from a lexicon learned from the memory as the server learns it (FLORES: its 912 units). Arguments: data
 * directory (default ../shared/data), queries (default 100). See docs/benchmarks.md.
 */
public final class FragmentBenchmark {
    private FragmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> ar = BenchCorpus.lines(data.resolve("flores200-devtest/arb_Arab.devtest"));
        List<String> en = BenchCorpus.lines(data.resolve("flores200-devtest/eng_Latn.devtest"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ar.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(3));
        List<Integer> held = order.subList(0, queries);
        List<BenchTmx.Pair> memory = new ArrayList<>();
        for (int i : order.subList(queries, order.size())) {
            memory.add(new BenchTmx.Pair(en.get(i), ar.get(i)));
        }
        List<String> asked = held.stream().map(ar::get).toList();

        System.out.printf("## FLORES: %d queries, %d units%n", asked.size(), memory.size());
        FragmentFinder flores = finder(memory, lexicon(memory));
        coverage(flores, asked);

        List<BenchTmx.Pair> large = new ArrayList<>(BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz")));
        large.addAll(memory);
        System.out.printf("%n## Debian TMX + FLORES: %,d units, the same %d queries%n", large.size(), asked.size());
        // As the server learns it: from the newest units, at most its default 50,000.
        FragmentFinder debian = finder(large, lexicon(large.subList(Math.max(0, large.size() - 50_000), large.size())));
        cost(debian, asked);
    }

    /** The memory's word associations, learned as {@code align.MemoryLexicon} learns them. */
    private static WordAssociations lexicon(List<BenchTmx.Pair> pairs) {
        long start = System.nanoTime();
        LearnedLexicon lexicon = new LexiconLearner(LexiconLearner.Settings.DEFAULTS)
                .learn(pairs.stream().map(p -> new String[] {p.ar(), p.en()}).toList());
        System.out.printf("lexicon: %,d word pairs from %,d units in %d ms%n", lexicon.size(), pairs.size(),
                (System.nanoTime() - start) / 1_000_000);
        return lexicon;
    }

    private static FragmentFinder finder(List<BenchTmx.Pair> pairs, WordAssociations associations) {
        MatchBenchmark.Texts texts = new MatchBenchmark.Texts(pairs.size());
        List<IndexedUnit> units = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            texts.en[i + 1] = pairs.get(i).en();
            texts.ar[i + 1] = pairs.get(i).ar();
            // Stored Arabic→English, so the Arabic query reads the source side.
            units.add(new IndexedUnit(i + 1, 1, "ar", "en", pairs.get(i).ar(), pairs.get(i).en(), null));
        }
        // The benchmark's texts are stored English-first; answer them the other way round.
        TextSource swapped = ids -> {
            var out = new java.util.HashMap<Long, UnitTexts>();
            texts.texts(ids).forEach((id, t) -> out.put(id, new UnitTexts(id, 1, "ar", "en", t.targetText(), t.sourceText(), null, null)));
            return out;
        };
        FuzzyIndex index = new FuzzyIndex();
        for (int i = 0; i < units.size(); i += 10_000) {
            index.upsert(units.subList(i, Math.min(units.size(), i + 10_000)));
        }
        return new FragmentFinder(index, swapped, associations);
    }

    private static void coverage(FragmentFinder finder, List<String> queries) {
        int words = 0;
        int covered = 0;
        int withFragment = 0;
        int fragments = 0;
        int targets = 0;
        for (String query : queries) {
            List<Token> tokens = Tokenizer.tokenize(query).stream().filter(Token::isScored).toList();
            List<Fragment> found = finder.find(AnalyzedText.of(query, LanguageTag.ARABIC), new long[0], List.of());
            words += tokens.size();
            withFragment += found.isEmpty() ? 0 : 1;
            fragments += found.size();
            for (Fragment f : found) {
                covered += (int) tokens.stream().filter(t -> t.start() >= f.query().start() && t.end() <= f.query().end()).count();
                SpanView target = f.target();
                targets += target == null ? 0 : 1;
                String marked = target == null ? f.translation() : f.translation().substring(0, target.start()) + "[["
                        + target.text() + "]]" + f.translation().substring(target.end());
                System.out.printf("FRAGMENT\t%s\t%d units\t%s\t%s\t%s%n", f.query().text(), f.units(),
                        target == null ? "-" : target.text(), f.sourceText(), marked);
            }
        }
        System.out.printf("queries with a fragment: %d of %d; fragments: %d, with a target span: %d; query words covered: %d of %d (%.1f %%)%n",
                withFragment, queries.size(), fragments, targets, covered, words, 100.0 * covered / words);
    }

    private static void cost(FragmentFinder finder, List<String> queries) {
        for (int pass = 0; pass < 3; pass++) { // the first passes warm the JIT
            for (String query : queries) {
                finder.find(AnalyzedText.of(query, LanguageTag.ARABIC), new long[0], List.of());
            }
        }
        long[] micros = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            finder.find(AnalyzedText.of(queries.get(i), LanguageTag.ARABIC), new long[0], List.of());
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("fragment search per query: p50 %.2f ms, p90 %.2f ms, max %.2f ms%n", micros[micros.length / 2] / 1000.0,
                micros[micros.length * 9 / 10] / 1000.0, micros[micros.length - 1] / 1000.0);
    }
}
