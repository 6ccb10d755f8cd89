package io.dragoman.tm;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The time the translation memory stamps on what it writes. */
final class Timestamps {
    private Timestamps() {
    }

    static OffsetDateTime now() {
        // Microseconds: what both H2 and PostgreSQL keep, so a value reads back as written.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
