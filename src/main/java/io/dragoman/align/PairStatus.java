package io.dragoman.align;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Locale;

/** A pair's review state. Accepted pairs become translation units on commit. */
public enum PairStatus {
    PROPOSED, ACCEPTED, REJECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Stores the lower-case code, which the schema's check constraint lists. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<PairStatus, String> {
        @Override
        public String convertToDatabaseColumn(PairStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public PairStatus convertToEntityAttribute(String code) {
            return code == null ? null : PairStatus.valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
