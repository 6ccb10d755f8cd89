package io.dragoman.glossary;

import java.util.List;

/**
 * The concepts read from a termbase file, the line each starts on (to place errors found later,
 * e.g. by validation), and what the reader had to leave out.
 */
public record ParsedGlossary(List<ConceptDraft> concepts, List<Long> lines, List<ImportWarning> warnings) {
    public ParsedGlossary {
        concepts = List.copyOf(concepts);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        if (lines.size() != concepts.size()) {
            throw new IllegalArgumentException("one line per concept expected");
        }
    }

    public int termCount() {
        return concepts.stream().mapToInt(c -> c.terms().size()).sum();
    }
}
