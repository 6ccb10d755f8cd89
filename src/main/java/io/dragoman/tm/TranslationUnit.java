package io.dragoman.tm;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One bilingual pair as stored. Texts are kept exactly as received (no normalisation, NFC or
 * otherwise); normalised forms used for matching are derived and never written back. Units of
 * an import that has not committed exist in the table but not for any query ({@link UnitImports}).
 */
@Entity
@SQLRestriction(UnitImports.VISIBLE)
public class TranslationUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_unit_seq")
    @SequenceGenerator(name = "translation_unit_seq", sequenceName = "translation_unit_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "memory_id")
    public Memory memory;

    @Column(nullable = false, length = 35)
    public String sourceLang;

    @Column(nullable = false, length = 35)
    public String targetLang;

    @Column(nullable = false, length = 65535)
    public String sourceText;

    @Column(nullable = false, length = 65535)
    public String targetText;

    @Column(nullable = false, length = 64)
    public String sourceHash;

    @Column(length = 64)
    public String prevSourceHash;

    @Column(length = 200)
    public String tuid;

    @Column(length = 500)
    public String originDocument;

    public Integer originPosition;

    @Column(length = 500)
    public String originFile;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(length = 100)
    public String createdBy;

    @Column(nullable = false)
    public OffsetDateTime changedAt;

    @Column(length = 100)
    public String changedBy;

    @Column(nullable = false)
    public int usageCount;

    public OffsetDateTime lastUsedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<UnitAnnotation> annotations = new ArrayList<>();
}
