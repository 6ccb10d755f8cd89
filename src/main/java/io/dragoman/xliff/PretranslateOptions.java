package io.dragoman.xliff;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * How to pre-translate: the lowest score that fills a target ({@code threshold}, 50 to 101),
 * the memories to use (all when empty), how many other matches to add per segment, and whether
 * to analyse only.
 */
public record PretranslateOptions(int threshold, List<Long> memories, int alternatives, boolean analyseOnly) {
    public static final int DEFAULT_THRESHOLD = 75;
    public static final int DEFAULT_ALTERNATIVES = 3;

    public PretranslateOptions {
        memories = memories == null ? List.of() : List.copyOf(memories);
        List<Violation> violations = new ArrayList<>();
        if (threshold < Band.LOWEST_SCORE || threshold > 101) {
            violations.add(new Violation("threshold", "must be between " + Band.LOWEST_SCORE + " and 101"));
        }
        if (alternatives < 0 || alternatives > 4) {
            violations.add(new Violation("alternatives", "must be between 0 and 4"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static PretranslateOptions of(Integer threshold, List<Long> memories, Integer alternatives, boolean analyseOnly) {
        return new PretranslateOptions(threshold == null ? DEFAULT_THRESHOLD : threshold, memories,
                alternatives == null ? DEFAULT_ALTERNATIVES : alternatives, analyseOnly);
    }
}
