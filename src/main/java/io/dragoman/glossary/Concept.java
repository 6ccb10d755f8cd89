package io.dragoman.glossary;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A termbase concept (TBX {@code conceptEntry}): one meaning, named by terms in each language. */
@Entity
public class Concept {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The concept's id in the file it came from (TBX {@code id}), stable across re-imports. */
    @Column(length = 200)
    public String externalId;

    @Column(length = 200)
    public String subject;

    @Column(length = 4000)
    public String definition;

    /** Language the definition is written in (TBX puts it in that language's section); may be null. */
    @Column(length = 35)
    public String definitionLang;

    @Column(length = 4000)
    public String note;

    @Column(length = 1000)
    public String source;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime changedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "concept", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Term> terms = new ArrayList<>();
}
