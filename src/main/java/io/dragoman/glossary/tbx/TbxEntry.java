package io.dragoman.glossary.tbx;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.TermDraft;
import io.dragoman.glossary.TermStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Mutable accumulators for one TBX concept entry while it is read. */
final class TbxEntry {
    /** TBX {@code termType} of the term sections Dragoman writes for a term's variants. */
    static final String VARIANT = "variant";
    /** The note that marks a deprecated term of a TBX v2 file as forbidden (see {@link TbxWriter}). */
    static final String FORBIDDEN_NOTE = "Forbidden term: never use it.";

    final String id;
    String subject;
    String definition;
    String definitionLang;
    String note;
    String source;
    final List<TermDraft> terms = new ArrayList<>();

    TbxEntry(String id) {
        this.id = id;
    }

    ConceptDraft toDraft() {
        return new ConceptDraft(id, subject, definition, definitionLang, note, source, terms);
    }

    /** Joins repeated notes rather than dropping all but one. */
    static String append(String before, String more) {
        return before == null ? more : before + "\n" + more;
    }

    /** One term section ({@code tig}, {@code ntig} or {@code termSec}). */
    static final class TermBuilder {
        final String lang;
        String text;
        TermStatus status;
        String partOfSpeech;
        String termType;
        String gender;
        String context;
        String note;
        boolean forbiddenNoted;

        TermBuilder(String lang) {
            this.lang = lang;
        }

        TermDraft toDraft() {
            return new TermDraft(lang, text, status(), partOfSpeech, termType, gender, context, note, List.of());
        }

        /** The status read, "forbidden" when a deprecated term carries the forbidden note. */
        TermStatus status() {
            return forbiddenNoted && status == TermStatus.DEPRECATED ? TermStatus.FORBIDDEN : status;
        }

        /**
         * Whether this section only restates {@code main} as another form: Dragoman writes a
         * term's variants as sections of term type "variant" with the term's status and part of
         * speech and nothing else, and reads them back into the term's variant list.
         */
        boolean isVariantOf(TermDraft main) {
            return VARIANT.equals(termType) && gender == null && context == null && note == null
                    && (status == null || status() == main.status())
                    && (partOfSpeech == null || Objects.equals(partOfSpeech, main.partOfSpeech()))
                    && !text.equals(main.text()) && !main.variants().contains(text);
        }
    }
}
