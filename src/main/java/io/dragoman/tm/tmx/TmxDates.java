package io.dragoman.tm.tmx;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/**
 * TMX dates: {@code YYYYMMDDThhmmssZ} in UTC, as the standard requires and every export writes.
 * On import, two forms met in files from the wild are accepted as well: the same without the
 * {@code Z} (read as UTC) and ISO 8601 with an offset ({@code 2019-03-01T10:00:00+02:00}).
 */
final class TmxDates {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private TmxDates() {
    }

    /** Parses a TMX date; null for null. */
    static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 16 && t.endsWith("Z")) {
                return LocalDateTime.parse(t.substring(0, 15), BASIC).atOffset(ZoneOffset.UTC);
            }
            if (t.length() == 15) {
                return LocalDateTime.parse(t, BASIC).atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a TMX date (YYYYMMDDThhmmssZ)", e);
        }
    }

    /** Formats an instant as a TMX date, to the second (TMX has no finer unit). */
    static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .toLocalDateTime().format(BASIC) + "Z";
    }
}
