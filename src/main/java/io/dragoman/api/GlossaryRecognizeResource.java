package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermHit.TargetTerm;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.glossary.TermStatus;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/glossary/recognize")
@RolesAllowed(Role.TRANSLATOR_NAME)
@Tag(name = "Glossary", description = "Termbase concepts and their terms")
public class GlossaryRecognizeResource {
    /** The terms found, in text order; {@code langGuessed} when {@code lang} was guessed from the script. */
    public record Recognition(String lang, boolean langGuessed, String targetLang, List<Hit> hits) {
    }

    /**
     * A {@link TermHit} as this endpoint has always shown it: its span flattened, in UTF-16 units
     * ({@code start}, {@code end}) and in code points of the request's text.
     */
    public record Hit(long conceptId, String externalId, long termId, String lang, String term, String form,
                      TermStatus status, boolean flagged, String surface, int start, int end,
                      int codePointStart, int codePointEnd, String proclitic, String enclitic,
                      List<TargetTerm> targets, List<TargetTerm> avoid) {
        static Hit of(TermHit h, String text) {
            Span span = h.span();
            return new Hit(h.conceptId(), h.externalId(), h.termId(), h.lang(), h.term(), h.form(), h.status(), h.flagged(),
                    h.surface(), span.start(), span.end(), span.codePointStart(text), span.codePointEnd(text),
                    h.proclitic(), h.enclitic(), h.targets(), h.avoid());
        }
    }

    private final TermRecognizer recognizer;

    GlossaryRecognizeResource(TermRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @POST
    @io.dragoman.audit.Reads
    @Operation(summary = "Find glossary terms in a text",
            description = "Arabic terms are found with their clitics (ولقوة حفظ السلام, بالبنتاجون, وقوته) and declared"
                    + " variants; English terms with their inflections (forces, defenses). Longest match wins."
                    + " Each hit gives the span in UTF-16 units and code points, the concept, the term's status"
                    + " (deprecated and forbidden are flagged) and the terms to use in the target language"
                    + " (default: English for Arabic text, Arabic otherwise). Without lang the text's language is"
                    + " guessed from its script (Arabic letters: ar, else en) and the answer says langGuessed: true.")
    public Recognition recognize(@NotNull @Valid RecognizeRequest request) {
        LanguageTag given = LanguageTag.parseOptional("lang", request.lang());
        boolean guessed = given == null;
        LanguageTag lang = guessed ? LanguageTag.guess(request.text()) : given;
        LanguageTag targetGiven = LanguageTag.parseOptional("targetLang", request.targetLang());
        LanguageTag target = targetGiven != null ? targetGiven
                : lang.isArabic() ? LanguageTag.ENGLISH : LanguageTag.ARABIC;
        List<Hit> hits = recognizer.recognize(request.text(), lang, target).stream().map(h -> Hit.of(h, request.text())).toList();
        return new Recognition(lang.tag(), guessed, target.tag(), hits);
    }
}
