package io.dragoman.glossary;

import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.List;

/** Copies checked drafts onto the concept and term entities that store them, stripped and canonical. */
final class ConceptEntities {
    private ConceptEntities() {
    }

    static void applyFields(Concept concept, ConceptDraft draft) {
        concept.externalId = blankToNull(draft.externalId());
        concept.subject = blankToNull(draft.subject());
        concept.definition = blankToNull(draft.definition());
        concept.definitionLang = concept.definition == null || blankToNull(draft.definitionLang()) == null ? null
                : LanguageTag.of(draft.definitionLang()).tag();
        concept.note = blankToNull(draft.note());
        concept.source = blankToNull(draft.source());
    }

    /** Appends the terms after the concept's last one and returns them. */
    static List<Term> addTerms(Concept concept, List<TermDraft> drafts) {
        int position = concept.terms.stream().mapToInt(t -> t.position + 1).max().orElse(0);
        List<Term> added = new ArrayList<>();
        for (TermDraft draft : drafts) {
            Term term = new Term();
            term.concept = concept;
            term.position = position++;
            applyTerm(term, draft);
            concept.terms.add(term);
            added.add(term);
        }
        return added;
    }

    static void applyTerm(Term term, TermDraft draft) {
        term.lang = LanguageTag.of(draft.lang()).tag();
        term.text = draft.text().strip();
        term.status = draft.status();
        term.partOfSpeech = blankToNull(draft.partOfSpeech());
        term.termType = blankToNull(draft.termType());
        term.gender = blankToNull(draft.gender());
        term.context = blankToNull(draft.context());
        term.note = blankToNull(draft.note());
        term.variants.clear();
        draft.variants().stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(term.variants::add);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
