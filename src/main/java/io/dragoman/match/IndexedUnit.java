package io.dragoman.match;

/** What the candidate index needs of a unit: both texts, their languages, memory and context. */
public record IndexedUnit(long id, long memoryId, String sourceLang, String targetLang,
                          String sourceText, String targetText, String prevSourceHash) {
}
