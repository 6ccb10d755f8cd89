package io.dragoman.qa.check;

import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.UnitCheck;
import io.dragoman.text.Span;
import java.util.List;

/**
 * {@code tag-mismatch}: the target must carry the source's inline markup, TMX codes with their
 * native content included ({@link InlineTags}); and where the source's tags nest properly, the
 * target's must too (a right-to-left typist who writes {@code </b>…<b>} breaks the markup even
 * with the right tags). Attributes may differ; {@code <br>} equals {@code <br/>}.
 */
public final class TagMismatch implements UnitCheck {
    public static final String ID = "tag-mismatch";

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.MARKUP; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public String description() {
        return "Inline tags (TMX bpt/ept/ph/it/hi, HTML and escaped HTML) differ between source and target or are out of order.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        if (unit.target().isBlank()) {
            return List.of();
        }
        List<InlineTags.Tag> source = Markup.of(unit.source()).tags();
        List<InlineTags.Tag> target = Markup.of(unit.target()).tags();
        if (source.isEmpty() && target.isEmpty()) {
            return List.of();
        }
        List<InlineTags.Tag> missing = Multisets.minus(source, target, InlineTags.Tag::key);
        List<InlineTags.Tag> extra = Multisets.minus(target, source, InlineTags.Tag::key);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return List.of(QaIssue.of(this, unit, spans(missing), spans(extra), "Tags differ; " + Spans.differences(unit, spans(missing), spans(extra)) + "."));
        }
        if (InlineTags.isWellNested(source) && !InlineTags.isWellNested(target)) {
            return List.of(QaIssue.of(this, unit, List.of(), spans(target),
                    "The target has the source's tags but they do not nest properly (an end tag before its start tag?)."));
        }
        return List.of();
    }

    private static List<Span> spans(List<InlineTags.Tag> tags) {
        return tags.stream().map(InlineTags.Tag::span).toList();
    }
}
