package io.dragoman.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A reviewer's "not a problem" for one check on one unit as it reads now. */
@Entity
@Table(name = "qa_ignored")
public class IgnoredFinding {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String checkId;

    @Column(nullable = false)
    public long unitId;

    @Column(nullable = false, length = 64)
    public String contentHash;

    public Long memoryId;

    @Column(length = 1000)
    public String reason;

    @Column(length = 100)
    public String createdBy;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    /** The key a run compares findings with. */
    static String key(String checkId, long unitId, String contentHash) {
        return checkId + "|" + unitId + "|" + contentHash;
    }
}
