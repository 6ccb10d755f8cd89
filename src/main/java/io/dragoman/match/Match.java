package io.dragoman.match;

import java.util.List;

/**
 * One ranked match. {@code source} is the unit's text in the query's language and {@code target}
 * its text in the requested target language; {@code reversed} is true when that means the unit's
 * stored target matched (an English query finding an Arabic→English unit).
 */
public record Match(long unitId, long memoryId, int score, MatchClass matchClass, boolean reversed,
                    String sourceLang, String targetLang, String source, String target,
                    String repairedTarget, List<DiffSpan> diff, List<String> folds,
                    List<Penalty> penalties, UnitMetadata metadata) {
}
