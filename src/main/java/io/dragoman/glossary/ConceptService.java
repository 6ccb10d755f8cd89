package io.dragoman.glossary;

import io.dragoman.core.ConflictException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Versions;
import io.dragoman.text.LanguageTag;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The termbase's concepts and their terms. Every write is checked by {@link GlossaryValidation}
 * first and announced as a {@link GlossaryChange}, so the term recognizer follows.
 */
@ApplicationScoped
public class ConceptService {
    private final ConceptRepository concepts;
    private final Event<GlossaryChange> changes;

    ConceptService(ConceptRepository concepts, Event<GlossaryChange> changes) {
        this.concepts = concepts;
        this.changes = changes;
    }

    @Transactional
    public ConceptView createConcept(ConceptDraft draft) {
        Concept concept = newConcept(draft, "");
        fireChange(Set.of(concept.id));
        return ConceptView.of(concept);
    }

    /** Creates every concept or none: a bad term anywhere rejects the whole list. */
    @Transactional
    public int createConcepts(List<ConceptDraft> drafts) {
        return importConcepts(drafts, ImportMode.CREATE).created();
    }

    /**
     * Stores every concept or none. A concept whose {@code externalId} is already taken replaces
     * the stored one in {@link ImportMode#UPSERT} and is a conflict in {@link ImportMode#CREATE}.
     * Violations are reported with paths such as {@code concepts[3].terms[0].lang}.
     */
    @Transactional
    public ImportCounts importConcepts(List<ConceptDraft> drafts, ImportMode mode) {
        Set<Long> ids = new HashSet<>();
        int created = 0;
        int updated = 0;
        for (int i = 0; i < drafts.size(); i++) {
            ConceptDraft draft = drafts.get(i);
            String path = "concepts[" + i + "].";
            Concept existing = mode == ImportMode.UPSERT ? byExternalId(draft.externalId()) : null;
            if (existing == null) {
                ids.add(newConcept(draft, path).id);
                created++;
            } else {
                GlossaryValidation.check(draft, path);
                replace(existing, draft);
                ids.add(existing.id);
                updated++;
            }
        }
        concepts.flush();
        fireChange(ids);
        return new ImportCounts(created, updated);
    }

    @Transactional
    public ConceptView getConcept(long id) {
        return ConceptView.of(concept(id));
    }

    /** Replaces a concept's fields and terms. */
    @Transactional
    public ConceptView updateConcept(long id, ConceptDraft draft, Long expectedVersion) {
        Concept concept = concept(id);
        Versions.requireCurrent("concept", id, concept.version, expectedVersion);
        GlossaryValidation.check(draft, "");
        checkExternalId(draft.externalId(), id);
        replace(concept, draft);
        concepts.flush();
        fireChange(Set.of(id));
        return ConceptView.of(concept);
    }

    @Transactional
    public void deleteConcept(long id) {
        concepts.delete(concept(id));
        fireChange(Set.of(id));
    }

    @Transactional
    public TermView addTerm(long conceptId, TermDraft draft) {
        Concept concept = concept(conceptId);
        GlossaryValidation.checkTerm(draft);
        checkUnique(concept, null, draft);
        Term term = ConceptEntities.addTerms(concept, List.of(draft)).get(0);
        return termChanged(concept, term);
    }

    @Transactional
    public TermView updateTerm(long conceptId, long termId, TermDraft draft) {
        Concept concept = concept(conceptId);
        Term term = term(concept, termId);
        GlossaryValidation.checkTerm(draft);
        checkUnique(concept, term, draft);
        ConceptEntities.applyTerm(term, draft);
        return termChanged(concept, term);
    }

    @Transactional
    public void deleteTerm(long conceptId, long termId) {
        Concept concept = concept(conceptId);
        concept.terms.remove(term(concept, termId));
        concept.changedAt = now();
        fireChange(Set.of(conceptId));
    }

    /** Every concept, for recognizers and exports. */
    @Transactional
    public List<ConceptView> all() {
        return concepts.listAll(Sort.by("id")).stream().map(ConceptView::of).toList();
    }

    @Transactional
    public long count() {
        return concepts.count();
    }

    private Concept newConcept(ConceptDraft draft, String path) {
        GlossaryValidation.check(draft, path);
        checkExternalId(draft.externalId(), null);
        Concept concept = new Concept();
        ConceptEntities.applyFields(concept, draft);
        concept.createdAt = now();
        concept.changedAt = concept.createdAt;
        if (concept.externalId == null) {
            // Every concept gets a stable id for exchange, so an exported file can be imported
            // back over the same termbase; random, so files from two servers never collide.
            concept.externalId = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        }
        concepts.persist(concept);
        ConceptEntities.addTerms(concept, draft.terms());
        return concept;
    }

    private void replace(Concept concept, ConceptDraft draft) {
        ConceptEntities.applyFields(concept, draft);
        concept.terms.clear();
        // Flush the removals first: the new terms may reuse the (concept, lang, text) keys.
        concepts.flush();
        ConceptEntities.addTerms(concept, draft.terms());
        concept.changedAt = now();
    }

    private Concept byExternalId(String externalId) {
        return externalId == null || externalId.isBlank() ? null
                : concepts.find("externalId", externalId.strip()).firstResult();
    }

    private void checkExternalId(String externalId, Long selfId) {
        if (externalId == null || externalId.isBlank()) {
            return;
        }
        concepts.find("externalId", externalId.strip()).firstResultOptional()
                .filter(other -> !other.id.equals(selfId))
                .ifPresent(other -> {
                    throw new ConflictException("concept " + other.id + " already has the id '" + externalId.strip() + "'");
                });
    }

    /** Refuses a term the concept already has in that language, {@code self} (the term being replaced) aside. */
    private static void checkUnique(Concept concept, Term self, TermDraft draft) {
        String lang = LanguageTag.of(draft.lang()).tag();
        String text = draft.text().strip();
        if (concept.terms.stream().anyMatch(t -> t != self && t.lang.equals(lang) && t.text.equals(text))) {
            throw new ConflictException("concept " + concept.id + " already has the " + lang + " term '" + text + "'");
        }
    }

    private TermView termChanged(Concept concept, Term term) {
        concept.changedAt = now();
        concepts.flush();
        fireChange(Set.of(concept.id));
        return TermView.of(term);
    }

    private Concept concept(long id) {
        return concepts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("concept", id));
    }

    private static Term term(Concept concept, long termId) {
        return concept.terms.stream().filter(t -> t.id == termId).findFirst()
                .orElseThrow(() -> new NotFoundException("term", termId));
    }

    private void fireChange(Set<Long> conceptIds) {
        changes.fire(new GlossaryChange(concepts.count(), conceptIds));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
