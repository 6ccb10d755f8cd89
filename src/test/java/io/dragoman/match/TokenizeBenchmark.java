package io.dragoman.match;

import io.dragoman.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What tokenising costs on real text (not part of {@code mvn verify}): both sides of every unit of
 * the Debian TMX through {@link Tokenizer#tokenize}, in rounds, so that a change to the tokenizer
 * can be judged beside the build before it. The token count shows that both builds read the same
 * texts. Arguments: data directory, rounds.
 */
public final class TokenizeBenchmark {
    private TokenizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> texts = new ArrayList<>();
        for (BenchTmx.Pair pair : BenchTmx.read(data.resolve("debian-bookworm-ar-en.tmx.gz"))) {
            texts.add(pair.ar());
            texts.add(pair.en());
        }
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            long tokens = 0;
            for (String text : texts) {
                tokens += Tokenizer.tokenize(text).size();
            }
            System.out.printf("round %d: %,d texts, %,d tokens, %.0f ms%n", round, texts.size(), tokens,
                    (System.nanoTime() - started) / 1e6);
        }
    }
}
