package io.dragoman.align;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.LimitExceededException;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@link AlignmentDraft}: languages parsed, one input per side present, within
 * limits, in its script. A side given as segments (or as one segment per line) carries them;
 * a side given as text has {@code null} there and goes through the segmenter.
 */
record AlignmentInput(String document, LanguageTag sourceLang, LanguageTag targetLang, String sourceText,
                      String targetText, List<Segment> sourceSegments, List<Segment> targetSegments) {
    static final int MAX_DOCUMENT_NAME = 500;

    /**
     * @throws LimitExceededException when a side is longer than {@code maxChars} (all its
     *                                segments together), checked first so that an oversized
     *                                upload costs nothing more
     * @throws InvalidInputException  listing every other problem
     */
    static AlignmentInput validate(AlignmentDraft draft, AlignmentConfig config) {
        GivenSide source = new GivenSide("source", draft.sourceText(), draft.sourceSegments(), draft.oneSegmentPerLine());
        GivenSide target = new GivenSide("target", draft.targetText(), draft.targetSegments(), draft.oneSegmentPerLine());
        source.checkLimits(config);
        target.checkLimits(config);
        List<Violation> violations = new ArrayList<>();
        LanguageTag sourceLang = LanguageTag.parse("sourceLang", draft.sourceLang(), violations);
        LanguageTag targetLang = LanguageTag.parse("targetLang", draft.targetLang(), violations);
        if (sourceLang != null && targetLang != null && sourceLang.language().equals(targetLang.language())) {
            violations.add(new Violation("targetLang", "must differ from the source language"));
        }
        source.check(sourceLang, violations);
        target.check(targetLang, violations);
        String document = draft.document() == null || draft.document().isBlank() ? null : draft.document().strip();
        if (document != null && document.length() > MAX_DOCUMENT_NAME) {
            violations.add(new Violation("document", "must be at most " + MAX_DOCUMENT_NAME + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AlignmentInput(document, sourceLang, targetLang, draft.sourceText(), draft.targetText(),
                source.segments(), target.segments());
    }
}
