package io.dragoman.seed;

import io.dragoman.glossary.GlossaryService;
import io.dragoman.glossary.tbx.TbxReader;
import io.dragoman.tm.MemoryView;
import io.dragoman.tm.Origin;
import io.dragoman.tm.TmService;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.UnitFilter;
import io.dragoman.core.PageRequest;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
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
    public static final String DOCUMENT = "000_ddf57a01e70e49b5";
    public static final String MEMORY = "gaza-peacekeeping-talks";
    static final String GLOSSARY_RESOURCE = "glossary/dragoman-glossary.tbx";
    static final String GLOSSARY_MARKER = "seed.glossary.loaded";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final TmService tm;
    private final GlossaryService glossary;
    private final EntityManager em;
    private final SeedConfig config;

    SeedLoader(TmService tm, GlossaryService glossary, EntityManager em, SeedConfig config) {
        this.tm = tm;
        this.glossary = glossary;
        this.em = em;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        int units = loadCorpus();
        int concepts = loadGlossary();
        LOG.infof("Seed: %d units and %d concepts added", units, concepts);
    }

    /** Adds the article's aligned pairs that the memory does not hold yet; returns how many. */
    @Transactional
    public int loadCorpus() {
        GoldAlignment gold = GoldAlignment.load(DOCUMENT);
        MemoryView memory = tm.findMemoryByName(MEMORY).orElseGet(() -> tm.createMemory(MEMORY,
                "Seed corpus: «واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة» and its English translation"));
        Set<Integer> present = new HashSet<>();
        tm.listUnits(new UnitFilter(memory.id(), null, null, null), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().forEach(u -> present.add(u.origin().position()));
        List<UnitDraft> drafts = new ArrayList<>();
        String previous = null;
        for (GoldAlignment.Bead bead : gold.beads()) {
            if (bead.isPair() && !present.contains(bead.position())) {
                drafts.add(new UnitDraft(memory.id(), "ar", "en", bead.arabicText(), bead.englishText(), previous,
                        null, Origin.document(DOCUMENT, bead.position()), "seed", null, null, null, 0, null, List.of()));
            }
            if (!bead.arabic().isEmpty()) {
                previous = bead.arabicText();
            }
        }
        if (!drafts.isEmpty()) {
            tm.createUnits(drafts);
        }
        return drafts.size();
    }

    /** Loads the curated glossary once per database; returns the number of concepts added. */
    @Transactional
    public int loadGlossary() {
        Number marked = (Number) em.createNativeQuery("select count(*) from dragoman_setting where name = ?1")
                .setParameter(1, GLOSSARY_MARKER).getSingleResult();
        if (marked.longValue() > 0) {
            return 0;
        }
        em.createNativeQuery("insert into dragoman_setting (name, content, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, GLOSSARY_MARKER).setParameter(2, GLOSSARY_RESOURCE)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(GLOSSARY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + GLOSSARY_RESOURCE);
            }
            return glossary.createConcepts(TbxReader.read(in, GLOSSARY_RESOURCE).concepts());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
