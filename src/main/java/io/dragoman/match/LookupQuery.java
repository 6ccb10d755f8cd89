package io.dragoman.match;

import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import io.dragoman.tm.TextHash;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A translator's lookup: the text analysed in its language, the wanted target language (null:
 * any), the memories to search (empty: all), the minimum score (1–101) and how many matches to
 * return. {@code previous} is the segment before the query in its document, for in-context
 * matches. The text is analysed once, here, and every stage of the lookup reads that analysis.
 */
public record LookupQuery(AnalyzedText text, String targetLang, Collection<Long> memories,
                          int minScore, int maxResults, String previous) {

    public LookupQuery {
        Objects.requireNonNull(text, "text");
        memories = memories == null ? List.of() : List.copyOf(memories);
        if (minScore < 1 || minScore > 101 || maxResults < 1) {
            throw new IllegalArgumentException("minScore must be 1-101 and maxResults at least 1");
        }
    }

    /** Analyses {@code text} as written in {@code sourceLang}. */
    public static LookupQuery of(String text, String sourceLang, String targetLang, Collection<Long> memories,
                                 int minScore, int maxResults, String previous) {
        return new LookupQuery(AnalyzedText.of(text, LanguageTag.of(sourceLang)), targetLang, memories, minScore,
                maxResults, previous);
    }

    public String sourceLang() {
        return text.language().tag();
    }

    /** Memory ids as the index filters by them: sorted, each once; empty for every memory. */
    static long[] memoryFilter(Collection<Long> memories) {
        return memories == null ? new long[0] : memories.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    PreparedQuery prepare() {
        long previousHash = previous == null ? 0 : FuzzyIndex.contextHash(TextHash.of(previous));
        return new PreparedQuery(text, text.language().language(), FuzzyIndex.primary(targetLang),
                memoryFilter(memories), minScore, FuzzyIndex.rawHash(text.text()), previousHash);
    }
}
