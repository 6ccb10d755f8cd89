package io.dragoman.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A job as stored in {@code job} (V18): what every kind of job has. */
@Entity
public class Job {
    @Id
    @Column(length = 36)
    public String id;

    /** A {@link JobKind#code()}. */
    @Column(nullable = false, length = 20)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public JobStatus status;

    /** The node whose queue holds the job, and which keeps its heartbeat fresh. */
    @Column(length = 64)
    public String node;

    @Column(length = 40)
    public String phase;

    @Column(nullable = false)
    public long progressDone;

    @Column(nullable = false)
    public long progressTotal;

    /** The problem document (JSON) of a failed job. */
    @Column(length = 20000)
    public String problem;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime startedAt;

    public OffsetDateTime finishedAt;

    @Column(nullable = false)
    public OffsetDateTime heartbeatAt;
}
