package io.dragoman.qa;

import io.dragoman.core.InvalidInputException;
import java.util.Locale;

/** The formats a run's report is exported in. */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=UTF-8", "csv"),
    HTML("text/html; charset=UTF-8", "html");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Parses json, csv or html; null means json. */
    public static ReportFormat parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "unknown format '" + text + "'; expected json, csv or html");
        }
    }
}
