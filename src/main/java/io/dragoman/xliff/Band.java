package io.dragoman.xliff;

import com.fasterxml.jackson.annotation.JsonValue;

/** The match bands a project manager quotes on, best first. */
public enum Band {
    CONTEXT("101"), EXACT("100"), HIGH("95-99"), MEDIUM("85-94"), LOW("75-84"), POOR("50-74"), NONE("no match");

    /** Scores below this are not matches at all for pre-translation and analysis. */
    static final int LOWEST_SCORE = 50;

    private final String label;

    Band(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The band of a best score (101 for an in-context match), or {@link #NONE} for 0. */
    static Band of(int score) {
        if (score >= 101) {
            return CONTEXT;
        }
        if (score == 100) {
            return EXACT;
        }
        if (score >= 95) {
            return HIGH;
        }
        if (score >= 85) {
            return MEDIUM;
        }
        if (score >= 75) {
            return LOW;
        }
        return score >= LOWEST_SCORE ? POOR : NONE;
    }
}
