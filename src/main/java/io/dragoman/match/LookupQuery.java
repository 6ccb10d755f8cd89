package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import io.dragoman.tm.TextHash;
import java.util.Collection;
import java.util.List;

/**
 * A translator's lookup: the text, its language and the wanted target language (null: any), the
 * memories to search (empty: all), the minimum score (1–101) and how many matches to return.
 * {@code previous} is the segment before the query in its document, for in-context matches.
 */
public record LookupQuery(String text, String sourceLang, String targetLang, Collection<Long> memories,
                          int minScore, int maxResults, String previous) {

    public LookupQuery {
        memories = memories == null ? List.of() : List.copyOf(memories);
        if (minScore < 1 || minScore > 101 || maxResults < 1) {
            throw new IllegalArgumentException("minScore must be 1-101 and maxResults at least 1");
        }
    }

    /** Memory ids as the index filters by them: sorted, each once; empty for every memory. */
    static long[] memoryFilter(java.util.Collection<Long> memories) {
        return memories == null ? new long[0] : memories.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    PreparedQuery prepare() {
        List<Token> scored = Tokenizer.tokenize(text).stream().filter(Token::isScored).toList();
        long[] memoryFilter = memoryFilter(memories);
        long previousHash = previous == null ? 0 : FuzzyIndex.contextHash(TextHash.of(previous));
        return new PreparedQuery(text, scored, sourceLang, targetLang, memoryFilter, minScore,
                FuzzyIndex.rawHash(text), previousHash);
    }
}
