package io.dragoman.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of Dragoman's tabular glossary layout (CSV or TSV, one row per term), in the order
 * they are written. Headers are matched case-insensitively, spaces and underscores alike, and a
 * few names other tools use are accepted as aliases.
 */
enum TableColumn {
    CONCEPT_ID(true, "concept_id", "concept", "id", "entry_id"),
    SUBJECT(true, "subject", "subject_field", "domain"),
    DEFINITION(true, "definition"),
    DEFINITION_LANG(true, "definition_lang", "definition_language"),
    CONCEPT_NOTE(true, "concept_note"),
    SOURCE(true, "source"),
    LANG(false, "lang", "language"),
    TERM(false, "term"),
    STATUS(false, "status", "administrative_status"),
    PART_OF_SPEECH(false, "part_of_speech", "pos"),
    TERM_TYPE(false, "term_type"),
    GENDER(false, "gender", "grammatical_gender"),
    CONTEXT(false, "context"),
    VARIANTS(false, "variants", "variant"),
    TERM_NOTE(false, "term_note", "note", "notes");

    private static final Map<String, TableColumn> BY_NAME = new HashMap<>();

    static {
        for (TableColumn column : values()) {
            for (String name : column.names) {
                BY_NAME.put(name, column);
            }
        }
    }

    /** Concept-level columns repeat on every row of the concept. */
    final boolean conceptLevel;
    private final List<String> names;

    TableColumn(boolean conceptLevel, String... names) {
        this.conceptLevel = conceptLevel;
        this.names = List.of(names);
    }

    String header() {
        return names.get(0);
    }

    /** The column a header names, or null. */
    static TableColumn byHeader(String header) {
        return BY_NAME.get(key(header));
    }

    /** {@code "Part of Speech"} → {@code "part_of_speech"}. */
    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
    }
}
