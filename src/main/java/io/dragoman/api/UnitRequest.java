package io.dragoman.api;

import io.dragoman.tm.Annotation;
import io.dragoman.tm.Origin;
import io.dragoman.tm.UnitDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/units} and {@code PUT /api/units/{id}}. Length limits on the texts are
 * configuration ({@code dragoman.tm.max-text-length}) and are checked by the service.
 * {@code version}, on update, refuses the change when someone else saved the unit since. An update
 * without {@code previousSource} that keeps the source text keeps the unit's in-context key.
 */
public record UnitRequest(
        @NotNull Long memoryId,
        @NotBlank String sourceLang,
        @NotBlank String targetLang,
        @NotBlank String sourceText,
        @NotNull String targetText,
        String previousSource,
        @Size(max = 200) String tuid,
        @Size(max = 500) String originDocument,
        @PositiveOrZero Integer originPosition,
        @Size(max = 500) String originFile,
        Long version,
        List<Annotation> annotations) {

    UnitDraft toDraft(String user) {
        return new UnitDraft(memoryId, sourceLang, targetLang, sourceText, targetText, previousSource,
                tuid, new Origin(originDocument, originPosition, originFile), user, null, null, user, 0,
                null, annotations);
    }
}
