package io.dragoman.align;

import io.dragoman.tm.Origin;
import io.dragoman.tm.UnitDraft;
import java.util.List;

/**
 * Turns aligned pairs into translation units: the source and target segments of a pair joined
 * by a space, the origin (document, 1-based position of the pair's first source segment) and,
 * for in-context matches, the source segment just before the pair in its document, whether or
 * not that one was paired.
 */
public final class PairUnits {
    private PairUnits() {
    }

    /** A pair as 1-based runs of segments. */
    public record Range(int sourceStart, int sourceCount, int targetStart, int targetCount) {
        public Range {
            if (sourceStart < 1 || targetStart < 1 || sourceCount < 1 || targetCount < 1) {
                throw new IllegalArgumentException("a pair has segments on both sides");
            }
        }

        public static Range of(Bead bead) {
            return new Range(bead.sourceStart() + 1, bead.sourceCount(), bead.targetStart() + 1, bead.targetCount());
        }
    }

    /**
     * @param source every source segment of the document, in order
     * @param target every target segment of the translation, in order
     */
    public static UnitDraft draft(long memoryId, String sourceLang, String targetLang, List<String> source,
                                  List<String> target, Range pair, String document, String user) {
        String previous = pair.sourceStart() > 1 ? source.get(pair.sourceStart() - 2) : null;
        return new UnitDraft(memoryId, sourceLang, targetLang,
                join(source, pair.sourceStart(), pair.sourceCount()), join(target, pair.targetStart(), pair.targetCount()),
                previous, null, Origin.document(document, pair.sourceStart()), user, null, null, null, 0, null, List.of());
    }

    private static String join(List<String> segments, int start, int count) {
        return String.join(" ", segments.subList(start - 1, start - 1 + count));
    }
}
