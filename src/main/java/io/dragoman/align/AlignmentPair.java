package io.dragoman.align;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A proposed or reviewed pair of a job: 1-based runs of source and target segments. */
@Entity
public class AlignmentPair {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alignment_pair_seq")
    @SequenceGenerator(name = "alignment_pair_seq", sequenceName = "alignment_pair_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    public AlignmentJob job;

    @Column(nullable = false)
    public int sourceStart;

    @Column(nullable = false)
    public int sourceCount;

    @Column(nullable = false)
    public int targetStart;

    @Column(nullable = false)
    public int targetCount;

    @Column(nullable = false)
    public double confidence;

    @Convert(converter = PairStatus.Converter.class)
    @Column(nullable = false, length = 10)
    public PairStatus status;

    @Column(nullable = false)
    public boolean edited;

    /** Raised by every change of the pair; a reviewer's operation may name the one it read. */
    @Version
    public long version;

    int sourceEnd() {
        return sourceStart + sourceCount;
    }

    int targetEnd() {
        return targetStart + targetCount;
    }
}
