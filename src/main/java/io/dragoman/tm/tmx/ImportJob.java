package io.dragoman.tm.tmx;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a TMX import job has of its own, as stored in {@code tmx_import}; its life is its {@code job} row's. */
@Entity
@Table(name = "tmx_import")
public class ImportJob {
    /** The job's id, which is also the import's. */
    @Id
    @Column(length = 36)
    public String jobId;

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

    @Column(nullable = false)
    public long unitsRead;

    /** The final {@link ImportReport} (JSON) once the job succeeded. */
    @Column(length = 1000000)
    public String report;
}
