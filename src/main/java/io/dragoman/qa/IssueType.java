package io.dragoman.qa;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The W3C ITS 2.0 localization quality issue types ({@code locQualityIssueType}) that Dragoman's
 * checks report. The {@link #code()} is the ITS value, so a report can be exchanged with other
 * ITS-aware tools unchanged.
 */
public enum IssueType {
    TERMINOLOGY("terminology"),
    INCONSISTENCY("inconsistency"),
    UNTRANSLATED("untranslated"),
    NUMBERS("numbers"),
    MARKUP("markup"),
    TYPOGRAPHICAL("typographical"),
    WHITESPACE("whitespace"),
    LENGTH("length");

    private final String code;

    IssueType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
