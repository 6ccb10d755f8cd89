package io.dragoman.align;

import io.dragoman.tm.Memory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A document and its translation under review; see V5__alignment.sql. */
@Entity
public class AlignmentJob {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 500)
    public String document;

    @Column(nullable = false, length = 35)
    public String sourceLang;

    @Column(nullable = false, length = 35)
    public String targetLang;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(length = 100)
    public String createdBy;

    @Column(nullable = false)
    public OffsetDateTime changedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committed_memory_id")
    public Memory committedMemory;

    public OffsetDateTime committedAt;

    @Version
    public long version;
}
