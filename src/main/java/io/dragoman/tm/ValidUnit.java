package io.dragoman.tm;

import java.util.Objects;

/**
 * A draft that passed {@link UnitValidator#validate}, the checks every write path shares, with its
 * languages in canonical form and the hash of its source text. What writes units
 * ({@link UnitBulkWriter}, {@link UnitEntities}) takes a {@code ValidUnit} rather than a
 * {@link UnitDraft}, so none of it sees an unchecked draft.
 */
public record ValidUnit(UnitDraft draft, String sourceLang, String targetLang, String sourceHash) {
    public ValidUnit {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(sourceHash, "sourceHash");
    }
}
