package io.dragoman.glossary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Administrative status of a term (TBX {@code administrativeStatus}). Translators should use
 * preferred terms, may use admitted ones, should replace deprecated ones and must never use
 * forbidden ones.
 */
public enum TermStatus {
    PREFERRED, ADMITTED, DEPRECATED, FORBIDDEN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether QA and recognition should flag a use of a term with this status. */
    public boolean isDiscouraged() {
        return this == DEPRECATED || this == FORBIDDEN;
    }

    /**
     * Parses the status as written in files and requests: the codes above, TBX's
     * {@code preferredTerm-admn-sts}-style values, TBX v2 {@code normativeAuthorization} values
     * ({@code standardizedTerm}, {@code legalTerm}, {@code regulatedTerm} read as preferred),
     * {@code superseded}/{@code obsolete} (read as deprecated) and {@code notRecommended}
     * (read as forbidden).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static TermStatus parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a term status must not be empty");
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        if (code.endsWith("-admn-sts")) {
            code = code.substring(0, code.length() - "-admn-sts".length());
        }
        code = code.endsWith("term") && code.length() > 4 ? code.substring(0, code.length() - 4) : code;
        switch (code) {
            case "preferred": case "standardized": case "legal": case "regulated": return PREFERRED;
            case "admitted": case "permitted": return ADMITTED;
            case "deprecated": case "superseded": case "obsolete": return DEPRECATED;
            case "forbidden": case "notrecommended": return FORBIDDEN;
            default:
                throw new IllegalArgumentException("unknown term status '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(TermStatus::code).collect(Collectors.joining(", ")));
        }
    }

    /**
     * The TBX {@code administrativeStatus} value. TBX-Basic has no "forbidden": it is written as
     * {@code notRecommendedTerm-admn-sts} (the TBX-Basic 2009 value), which {@link #parse} reads back.
     */
    public String tbxCode() {
        return (this == FORBIDDEN ? "notRecommended" : code()) + "Term-admn-sts";
    }

    /** Stores the lower-case code, which the schema's check constraint lists. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<TermStatus, String> {
        @Override
        public String convertToDatabaseColumn(TermStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public TermStatus convertToEntityAttribute(String code) {
            return code == null ? null : parse(code);
        }
    }
}
