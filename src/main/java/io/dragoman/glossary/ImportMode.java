package io.dragoman.glossary;

import java.util.Locale;

/** What an import does with a concept whose id ({@code externalId}) is already stored. */
public enum ImportMode {
    /** Replace the stored concept with the file's version. */
    UPSERT,
    /** Reject the whole import. */
    CREATE;

    /** @throws IllegalArgumentException naming the accepted values */
    public static ImportMode parse(String text) {
        if (text == null || text.isBlank()) {
            return UPSERT;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown import mode '" + text + "'; expected upsert or create", e);
        }
    }
}
