package io.dragoman.glossary;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** One designation of a concept in one language, with its status and grammatical data. */
@Entity
public class Term {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_id")
    public Concept concept;

    @Column(nullable = false, length = 35)
    public String lang;

    @Column(nullable = false, length = 1000)
    public String text;

    @Column(nullable = false, length = 20)
    @Convert(converter = TermStatus.Converter.class)
    public TermStatus status;

    @Column(length = 40)
    public String partOfSpeech;

    @Column(length = 60)
    public String termType;

    @Column(length = 20)
    public String gender;

    @Column(length = 4000)
    public String context;

    @Column(length = 4000)
    public String note;

    @Column(nullable = false)
    public int position;

    /** Other surface forms: plurals, duals, spelling variants (البنتاغون for البنتاجون). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "term_variant", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    public List<String> variants = new ArrayList<>();
}
