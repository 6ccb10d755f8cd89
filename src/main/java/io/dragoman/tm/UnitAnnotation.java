package io.dragoman.tm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A TMX {@code prop} or {@code note} attached to a unit or to one of its sides, kept verbatim. */
@Entity
public class UnitAnnotation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_annotation_seq")
    @SequenceGenerator(name = "unit_annotation_seq", sequenceName = "unit_annotation_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public TranslationUnit unit;

    /** {@code tu}, {@code source} or {@code target}. */
    @Column(nullable = false, length = 10)
    public String scope;

    /** {@code prop} or {@code note}. */
    @Column(nullable = false, length = 10)
    public String kind;

    @Column(length = 200)
    public String type;

    @Column(length = 35)
    public String lang;

    @Column(nullable = false, length = 65535)
    public String content;

    @Column(nullable = false)
    public int position;
}
