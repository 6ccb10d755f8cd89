package io.dragoman.tm;

import java.util.Objects;

/**
 * A draft that passed {@link UnitValidator}'s checks, the ones every write path shares, with its
 * languages in canonical form and the hash of its source text. Write paths take a
 * {@code ValidUnit} rather than a {@link UnitDraft}, so none of them sees an unchecked draft.
 */
public record ValidUnit(UnitDraft draft, String sourceLang, String targetLang, String sourceHash) {
    public ValidUnit {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(sourceHash, "sourceHash");
    }
}
