package io.dragoman.align;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** One segment of either document of a job. */
@Entity
public class AlignmentSegment {
    static final String SOURCE = "source";
    static final String TARGET = "target";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alignment_segment_seq")
    @SequenceGenerator(name = "alignment_segment_seq", sequenceName = "alignment_segment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    public AlignmentJob job;

    @Column(nullable = false, length = 6)
    public String side;

    /** 1-based within its side. */
    @Column(nullable = false)
    public int position;

    /** 1-based paragraph of its document. */
    @Column(nullable = false)
    public int paragraph;

    @Column(nullable = false, length = 1000000)
    public String text;
}
