package io.dragoman.tm;

/**
 * A draft that passed the same checks as {@link TmService#createUnit}, with its languages in
 * canonical form and the hash of its source text. Only {@link UnitBulkWriter#validate} makes one,
 * so a bulk write never sees an unchecked draft.
 */
public final class ValidUnit {
    private final UnitDraft draft;
    private final String sourceLang;
    private final String targetLang;
    private final String sourceHash;

    ValidUnit(UnitDraft draft, String sourceLang, String targetLang) {
        this.draft = draft;
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.sourceHash = TextHash.of(draft.sourceText());
    }

    public UnitDraft draft() {
        return draft;
    }

    public String sourceLang() {
        return sourceLang;
    }

    public String targetLang() {
        return targetLang;
    }

    public String sourceHash() {
        return sourceHash;
    }
}
