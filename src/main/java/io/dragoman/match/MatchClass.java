package io.dragoman.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a unit matched, best first; the order breaks ties between equal scores. */
public enum MatchClass {
    /** 101: the same source text and the same previous segment. */
    IN_CONTEXT("in-context"),
    /** 100: the same source text, character for character. */
    EXACT("exact"),
    /** 95–99: equal once normalised (diacritics, letter forms, punctuation, accelerator markers, spacing, case,
     *  digits). */
    NORMALISED("normalised"),
    /** Equal except for numbers; comes with the target repaired to the query's numbers. */
    NUMBERS("numbers"),
    /** Everything else: 100 × (1 − word edit distance / longer length). */
    FUZZY("fuzzy");

    private final String label;

    MatchClass(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
