package io.dragoman.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A QA run as stored: what was asked and what was found. Its life (status, progress, failure,
 * times) is its job's ({@code jobId}).
 */
@Entity
public class QaRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 36)
    public String jobId;

    public Long memoryId;

    @Column(length = 35)
    public String sourceLang;

    @Column(length = 35)
    public String targetLang;

    @Column(length = 1000)
    public String containsText;

    @Column(nullable = false, length = 10000)
    public String settings;

    public long findings;

    public long ignored;
}
