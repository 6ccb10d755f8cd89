package io.dragoman.tm.tmx;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A TMX import running as a job, as stored in {@code tmx_import_job}. */
@Entity
@Table(name = "tmx_import_job")
public class ImportJob {
    @Id
    @Column(length = 36)
    public String id;

    /** {@code queued}, {@code running}, {@code succeeded} or {@code failed}. */
    @Column(nullable = false, length = 20)
    public String status;

    @Column(nullable = false, length = 200)
    public String memoryName;

    @Column(nullable = false, length = 20)
    public String policy;

    @Column(nullable = false)
    public boolean lenient;

    @Column(nullable = false)
    public boolean dryRun;

    @Column(length = 500)
    public String fileName;

    /** The node that received the upload and runs the job. */
    @Column(nullable = false, length = 64)
    public String node;

    @Column(nullable = false)
    public long bytesTotal;

    @Column(nullable = false)
    public long bytesRead;

    @Column(nullable = false)
    public long unitsRead;

    @Column(length = 1000000)
    public String report;

    @Column(length = 20000)
    public String problem;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime startedAt;

    public OffsetDateTime finishedAt;

    @Column(nullable = false)
    public OffsetDateTime heartbeatAt;
}
