package io.dragoman.tm;

/**
 * A stored unit's two texts with their languages, its memory and the hash of the source before it
 * ({@code null} when unknown): what the match index, the learned lexicon and QA read, without the
 * metadata and annotations of a {@link UnitView}.
 */
public record UnitPair(long id, long memoryId, String sourceLang, String targetLang, String sourceText,
                       String targetText, String prevSourceHash) {
}
