package io.dragoman.seed;

import io.dragoman.align.Bead;
import io.dragoman.align.DocumentAligner;
import io.dragoman.align.PairUnits;
import io.dragoman.glossary.ConceptService;
import io.dragoman.glossary.tbx.TbxReader;
import io.dragoman.tm.MemoryService;
import io.dragoman.tm.MemoryView;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.UnitService;
import io.dragoman.core.PageRequest;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the seed article's units and the curated glossary on first start. Idempotent: units are
 * keyed by (memory, document, position) and the glossary by a marker row, so a restart, or two
 * nodes starting together, adds nothing twice.
 */
@ApplicationScoped
public class SeedLoader {
    /** The corpus files' base name (src/main/resources/corpus/DOCUMENT.ar.txt and .en.txt). */
    public static final String DOCUMENT = "000_ddf57a01e70e49b5";
    /** The units' origin document: what a translator reads beside a match, not the file's hash. */
    public static final String DOCUMENT_NAME = "Gaza peacekeeping talks (article)";
    public static final String MEMORY = "gaza-peacekeeping-talks";
    static final String GLOSSARY_RESOURCE = "glossary/dragoman-glossary.tbx";
    static final String GLOSSARY_MARKER = "seed.glossary.loaded";
    static final String CORPUS_MARKER = "seed.corpus.loaded";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final MemoryService memories;
    private final UnitService units;
    private final ConceptService glossary;
    private final EntityManager em;
    private final SeedConfig config;
    private final DocumentAligner aligner;
    private final UnitReader reader;

    SeedLoader(MemoryService memories, UnitService units, ConceptService glossary, EntityManager em, SeedConfig config,
               DocumentAligner aligner, UnitReader reader) {
        this.memories = memories;
        this.units = units;
        this.glossary = glossary;
        this.em = em;
        this.config = config;
        this.aligner = aligner;
        this.reader = reader;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        // The glossary first: its concepts are anchors for aligning the article.
        int concepts = loadGlossary();
        int units = loadCorpus();
        LOG.infof("Seed: %d units and %d concepts added", units, concepts);
    }

    /**
     * Segments and aligns the article and its translation, and adds the pairs that the memory does
     * not hold yet; returns how many. Units are keyed by the position of their first Arabic
     * segment, so two nodes starting together add nothing twice. Once per database: afterwards the
     * seed memory is the users' (a unit they delete stays deleted), and a start does not pay for
     * aligning the article again.
     */
    @Transactional
    public int loadCorpus() {
        if (!mark(CORPUS_MARKER, DOCUMENT)) {
            return 0;
        }
        DocumentAligner.Proposal proposal = aligner.propose(resource(DOCUMENT + ".ar.txt"), LanguageTag.ARABIC,
                resource(DOCUMENT + ".en.txt"), LanguageTag.ENGLISH);
        MemoryView memory = memories.findMemoryByName(MEMORY).orElseGet(() -> memories.createMemory(MEMORY,
                "Seed corpus: «واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة» and its English translation"));
        // Databases seeded before the document had a name carry its file's hash as origin.
        // Within the seed memory, so that the origin index serves it rather than a scan of every unit.
        em.createNativeQuery("update translation_unit set origin_document = ?1 where memory_id = ?3 and origin_document = ?2")
                .setParameter(1, DOCUMENT_NAME).setParameter(2, DOCUMENT).setParameter(3, memory.id()).executeUpdate();
        Set<Integer> present = new HashSet<>();
        reader.list(UnitSelection.memory(memory.id()), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().forEach(u -> present.add(u.origin().position()));
        List<String> arabic = proposal.source().stream().map(Segment::text).toList();
        List<String> english = proposal.target().stream().map(Segment::text).toList();
        List<UnitDraft> drafts = new ArrayList<>();
        for (Bead bead : proposal.beads()) {
            PairUnits.Range range = bead.isPair() ? PairUnits.Range.of(bead) : null;
            if (range != null && !present.contains(range.sourceStart())) {
                drafts.add(PairUnits.draft(memory.id(), "ar", "en", arabic, english, range, DOCUMENT_NAME, "seed"));
            }
        }
        if (!drafts.isEmpty()) {
            units.createUnits(drafts);
        }
        return drafts.size();
    }

    private static String resource(String name) {
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream("corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource corpus/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads the curated glossary once per database; returns the number of concepts added. */
    @Transactional
    public int loadGlossary() {
        if (!mark(GLOSSARY_MARKER, GLOSSARY_RESOURCE)) {
            return 0;
        }
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(GLOSSARY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + GLOSSARY_RESOURCE);
            }
            return glossary.createConcepts(TbxReader.read(in, GLOSSARY_RESOURCE).concepts());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the marker row in the caller's transaction; false when it is there already. */
    private boolean mark(String marker, String content) {
        Number marked = (Number) em.createNativeQuery("select count(*) from dragoman_setting where name = ?1")
                .setParameter(1, marker).getSingleResult();
        if (marked.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into dragoman_setting (name, content, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, marker).setParameter(2, content)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        return true;
    }
}
