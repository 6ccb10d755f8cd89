package io.dragoman.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A QA run as stored: what was asked, how far it got, and how it ended. */
@Entity
public class QaRun {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long memoryId;

    @Column(length = 35)
    public String sourceLang;

    @Column(length = 35)
    public String targetLang;

    @Column(length = 1000)
    public String containsText;

    @Column(nullable = false, length = 10000)
    public String settings;

    @Column(nullable = false, length = 20)
    @jakarta.persistence.Convert(converter = StatusConverter.class)
    public Status status;

    @Column(length = 40)
    public String phase;

    public long unitsTotal;

    public long unitsChecked;

    public long findings;

    public long ignored;

    @Column(length = 2000)
    public String failure;

    @Column(length = 64)
    public String node;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime startedAt;

    public OffsetDateTime finishedAt;

    public OffsetDateTime heartbeatAt;

    /** Stores the lower-case name, which the schema's check constraint lists. */
    @jakarta.persistence.Converter
    public static class StatusConverter implements jakarta.persistence.AttributeConverter<Status, String> {
        @Override
        public String convertToDatabaseColumn(Status status) {
            return status == null ? null : status.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public Status convertToEntityAttribute(String code) {
            return code == null ? null : Status.valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
