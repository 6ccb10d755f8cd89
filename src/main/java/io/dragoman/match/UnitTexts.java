package io.dragoman.match;

/** A unit's texts as stored, fetched for the few candidates the index alone cannot rank. */
public record UnitTexts(long id, long memoryId, String sourceLang, String targetLang, String sourceText,
                        String targetText, String prevSourceHash, UnitMetadata metadata) {

    String side(int side) {
        return side == 0 ? sourceText : targetText;
    }

    String otherSide(int side) {
        return side == 0 ? targetText : sourceText;
    }
}
