package io.dragoman.match;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLStreamException;

/**
 * An endless, seeded stream of generated sentence pairs like {@link MatchBenchmark}'s 1M-unit TM:
 * Zipf-weighted words of the Debian TMX and FLORES-200, 35 % near-duplicates of one of the last
 * 50,000 pairs (so that nothing else is kept in memory).
 */
final class SentencePairs {
    private static final int WINDOW = 50_000;
    private final BenchCorpus.Zipf arVocabulary;
    private final BenchCorpus.Zipf enVocabulary;
    private final BenchTmx.Pair[] recent = new BenchTmx.Pair[WINDOW];
    private final Random random = new Random(2);
    private int made;

    SentencePairs(Path data) throws IOException, XMLStreamException {
        List<String> arAll = new ArrayList<>(BenchCorpus.lines(data.resolve("flores200-devtest/arb_Arab.devtest")));
        List<String> enAll = new ArrayList<>(BenchCorpus.lines(data.resolve("flores200-devtest/eng_Latn.devtest")));
        for (BenchTmx.Pair p : BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"))) {
            arAll.add(p.ar());
            enAll.add(p.en());
        }
        arVocabulary = new BenchCorpus.Zipf(BenchCorpus.countWords(arAll), 60_000);
        enVocabulary = new BenchCorpus.Zipf(BenchCorpus.countWords(enAll), 60_000);
    }

    BenchTmx.Pair next() {
        BenchTmx.Pair p;
        if (made > 0 && random.nextInt(100) < 35) {
            BenchTmx.Pair of = recent[random.nextInt(Math.min(made, WINDOW))];
            p = new BenchTmx.Pair(BenchCorpus.nearDuplicate(of.en(), enVocabulary, random),
                    BenchCorpus.nearDuplicate(of.ar(), arVocabulary, random));
        } else {
            p = new BenchTmx.Pair(BenchCorpus.sentence(enVocabulary, random, false),
                    BenchCorpus.sentence(arVocabulary, random, true));
        }
        recent[made++ % WINDOW] = p;
        return p;
    }
}
