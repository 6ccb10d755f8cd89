package io.dragoman.glossary;

import io.dragoman.text.LanguageTag;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an OmegaT glossary: UTF-8, one {@code source<TAB>target<TAB>comment} line for every
 * source term (and source variant) and every target term of a concept, in one direction. OmegaT
 * shows the comment beside the target, so it starts with the target's status; a deprecated or
 * forbidden target says so in capitals and names the terms to use instead, because OmegaT has no
 * status of its own and would otherwise offer it like any other. The term's note and the
 * concept's note follow. The format has no quoting: tabs and line breaks inside a field become
 * spaces.
 */
final class OmegatGlossary {
    private OmegatGlossary() {
    }

    static void write(List<ConceptDraft> concepts, LanguageTag source, LanguageTag target, Writer out) throws IOException {
        for (ConceptDraft concept : concepts) {
            List<TermDraft> sources = in(concept, source);
            List<TermDraft> targets = in(concept, target);
            for (TermDraft from : sources) {
                List<String> forms = new ArrayList<>();
                forms.add(from.text());
                forms.addAll(from.variants());
                for (String form : forms) {
                    for (TermDraft to : targets) {
                        out.write(field(form) + '\t' + field(to.text()) + '\t' + field(comment(to, targets, concept)) + '\n');
                    }
                }
            }
        }
        out.flush();
    }

    private static List<TermDraft> in(ConceptDraft concept, LanguageTag lang) {
        return concept.terms().stream()
                .filter(t -> LanguageTag.of(t.lang()).language().equals(lang.language())).toList();
    }

    static String comment(TermDraft term, List<TermDraft> targets, ConceptDraft concept) {
        List<String> parts = new ArrayList<>();
        if (term.status().isDiscouraged()) {
            String instead = targets.stream().filter(t -> !t.status().isDiscouraged()).map(TermDraft::text)
                    .collect(Collectors.joining(", "));
            parts.add("DO NOT USE (" + term.status().code() + ")" + (instead.isEmpty() ? "" : "; use: " + instead));
        } else {
            parts.add(term.status().code());
        }
        if (term.note() != null) {
            parts.add(term.note());
        }
        if (concept.note() != null) {
            parts.add(concept.note());
        }
        return String.join(" | ", parts);
    }

    private static String field(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
