package io.dragoman.qa;

import io.dragoman.text.Span;
import java.util.List;

/** A stored finding as returned to callers, with the texts it was made on. */
public record FindingView(long id, long runId, String checkId, String type, String severity, long unitId,
                          String sourceLang, String targetLang, String sourceText, String targetText,
                          List<Span> sourceSpans, List<Span> targetSpans, String message, String suggestion) {

    static FindingView of(QaFinding f) {
        return new FindingView(f.id, f.runId, f.checkId, f.issueType, f.severity, f.unitId, f.sourceLang,
                f.targetLang, f.sourceText, f.targetText, SpanCodec.decode(f.sourceSpans),
                SpanCodec.decode(f.targetSpans), f.message, f.suggestion);
    }
}
