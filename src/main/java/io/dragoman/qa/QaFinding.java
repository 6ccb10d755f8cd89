package io.dragoman.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A stored finding of a run, with the texts it was made on (see V6__qa.sql). */
@Entity
public class QaFinding {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_finding_seq")
    @SequenceGenerator(name = "qa_finding_seq", sequenceName = "qa_finding_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public long runId;

    @Column(nullable = false, length = 40)
    public String checkId;

    @Column(nullable = false, length = 40)
    public String issueType;

    @Column(nullable = false, length = 10)
    public String severity;

    @Column(nullable = false)
    public long unitId;

    @Column(nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 35)
    public String sourceLang;

    @Column(nullable = false, length = 35)
    public String targetLang;

    @Column(nullable = false, length = 65535)
    public String sourceText;

    @Column(nullable = false, length = 65535)
    public String targetText;

    @Column(length = 4000)
    public String sourceSpans;

    @Column(length = 4000)
    public String targetSpans;

    @Column(nullable = false, length = 4000)
    public String message;

    @Column(length = 4000)
    public String suggestion;
}
