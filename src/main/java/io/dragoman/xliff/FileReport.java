package io.dragoman.xliff;

import java.util.List;

/**
 * The analysis of one {@code <file>} of an XLIFF document. Each segment counts once: a later
 * segment with the same source text as an earlier one of the file counts among the
 * repetitions, not in a band, as Trados and memoQ count them. {@code filled} targets were
 * written ({@code final} of them as final, the rest as drafts); {@code alreadyTranslated}
 * segments had a target and were left alone; {@code withCodes} segments hold inline codes and
 * got alternatives only, so that the translator places the codes.
 */
public record FileReport(String file, String sourceLang, String targetLang, int segments, int words,
                         List<BandCount> bands, BandCount repetitions, int filled, int finals,
                         int alreadyTranslated, int withCodes) {
}
