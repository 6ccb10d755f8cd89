package io.dragoman.glossary;

import io.dragoman.core.ConflictException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.NotFoundException;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The termbase: concepts and their terms. */
@ApplicationScoped
public class GlossaryService {
    private final ConceptRepository concepts;
    private final Event<GlossaryChange> changes;

    private final GlossaryRecognizer recognizer;

    GlossaryService(ConceptRepository concepts, Event<GlossaryChange> changes, GlossaryRecognizer recognizer) {
        this.concepts = concepts;
        this.changes = changes;
        this.recognizer = recognizer;
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
        checkVersion(concept, expectedVersion);
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
        String lang = LanguageTag.of(draft.lang()).tag();
        boolean duplicate = concept.terms.stream()
                .anyMatch(t -> t.lang.equals(lang) && t.text.equals(draft.text().strip()));
        if (duplicate) {
            throw new ConflictException("concept " + conceptId + " already has the " + lang + " term '"
                    + draft.text().strip() + "'");
        }
        Term term = addTerms(concept, List.of(draft)).get(0);
        concept.changedAt = now();
        concepts.flush();
        fireChange(Set.of(conceptId));
        return TermView.of(term);
    }

    @Transactional
    public TermView updateTerm(long conceptId, long termId, TermDraft draft) {
        Concept concept = concept(conceptId);
        Term term = term(concept, termId);
        GlossaryValidation.checkTerm(draft);
        String lang = LanguageTag.of(draft.lang()).tag();
        boolean clash = concept.terms.stream().anyMatch(t -> t != term && t.lang.equals(lang)
                && t.text.equals(draft.text().strip()));
        if (clash) {
            throw new ConflictException("concept " + conceptId + " already has the " + lang + " term '"
                    + draft.text().strip() + "'");
        }
        applyTerm(term, draft);
        concept.changedAt = now();
        concepts.flush();
        fireChange(Set.of(conceptId));
        return TermView.of(term);
    }

    @Transactional
    public void deleteTerm(long conceptId, long termId) {
        Concept concept = concept(conceptId);
        concept.terms.remove(term(concept, termId));
        concept.changedAt = now();
        fireChange(Set.of(conceptId));
    }

    /**
     * Lists concepts having a term (or variant) that contains {@code query} in language
     * {@code lang}, optionally with a given status and subject. Null criteria do not filter.
     */
    @Transactional
    public Page<ConceptView> search(String lang, String query, TermStatus status, String subject, PageRequest page) {
        String tag = null;
        if (lang != null && !lang.isBlank()) {
            if (!LanguageTag.isValid(lang)) {
                throw InvalidInputException.of("lang", "'" + lang + "' is not a BCP 47 language tag");
            }
            tag = LanguageTag.of(lang).tag();
        }
        String subjectFilter = subject == null || subject.isBlank() ? null : subject.strip();
        if (query != null && !query.isBlank()) {
            // Text search runs on the recognizer's normalised forms (قوه finds قوة, diacritics
            // and alef forms ignored), which SQL LIKE cannot do; the page is then read from the
            // database.
            List<Long> ids = recognizer.search(query, tag, status, subjectFilter);
            int from = Math.min(ids.size(), page.page() * page.size());
            return new Page<>(load(ids.subList(from, Math.min(ids.size(), from + page.size()))),
                    page.page(), page.size(), ids.size());
        }
        StringBuilder where = new StringBuilder(" from Concept c join c.terms t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (tag != null) {
            where.append(" and (t.lang = :lang or t.lang like :langPrefix)");
            params.put("lang", tag);
            params.put("langPrefix", tag + "-%");
        }
        if (status != null) {
            where.append(" and t.status = :status");
            params.put("status", status);
        }
        if (subjectFilter != null) {
            where.append(" and lower(c.subject) = :subject");
            params.put("subject", subjectFilter.toLowerCase(Locale.ROOT));
        }
        var em = concepts.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(distinct c.id)" + where, Long.class);
        TypedQuery<Long> ids = em.createQuery("select distinct c.id" + where + " order by c.id", Long.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Long> pageIds = ids.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        return new Page<>(load(pageIds), page.page(), page.size(), total);
    }

    private List<ConceptView> load(List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : concepts.list("id in ?1 order by id", ids).stream().map(ConceptView::of).toList();
    }

    /** Every concept, for recognizers and exports. */
    @Transactional
    public List<ConceptView> all() {
        return concepts.listAll(io.quarkus.panache.common.Sort.by("id")).stream().map(ConceptView::of).toList();
    }

    @Transactional
    public long count() {
        return concepts.count();
    }

    private Concept newConcept(ConceptDraft draft, String path) {
        GlossaryValidation.check(draft, path);
        checkExternalId(draft.externalId(), null);
        Concept concept = new Concept();
        applyFields(concept, draft);
        concept.createdAt = now();
        concept.changedAt = concept.createdAt;
        if (concept.externalId == null) {
            // Every concept gets a stable id for exchange, so an exported file can be imported
            // back over the same termbase; random, so files from two servers never collide.
            concept.externalId = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        }
        concepts.persist(concept);
        addTerms(concept, draft.terms());
        return concept;
    }

    private void replace(Concept concept, ConceptDraft draft) {
        applyFields(concept, draft);
        concept.terms.clear();
        // Flush the removals first: the new terms may reuse the (concept, lang, text) keys.
        concepts.flush();
        addTerms(concept, draft.terms());
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

    private static void applyFields(Concept concept, ConceptDraft draft) {
        concept.externalId = blankToNull(draft.externalId());
        concept.subject = blankToNull(draft.subject());
        concept.definition = blankToNull(draft.definition());
        concept.definitionLang = concept.definition == null || blankToNull(draft.definitionLang()) == null ? null
                : LanguageTag.of(draft.definitionLang()).tag();
        concept.note = blankToNull(draft.note());
        concept.source = blankToNull(draft.source());
    }

    private static List<Term> addTerms(Concept concept, List<TermDraft> drafts) {
        int position = concept.terms.stream().mapToInt(t -> t.position + 1).max().orElse(0);
        List<Term> added = new ArrayList<>();
        for (TermDraft draft : drafts) {
            Term term = new Term();
            term.concept = concept;
            term.position = position++;
            applyTerm(term, draft);
            concept.terms.add(term);
            added.add(term);
        }
        return added;
    }

    private static void applyTerm(Term term, TermDraft draft) {
        term.lang = LanguageTag.of(draft.lang()).tag();
        term.text = draft.text().strip();
        term.status = draft.status();
        term.partOfSpeech = blankToNull(draft.partOfSpeech());
        term.termType = blankToNull(draft.termType());
        term.gender = blankToNull(draft.gender());
        term.context = blankToNull(draft.context());
        term.note = blankToNull(draft.note());
        term.variants.clear();
        draft.variants().stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(term.variants::add);
    }

    private static void checkVersion(Concept concept, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != concept.version) {
            throw new ConflictException("concept " + concept.id + " was changed by someone else (version "
                    + concept.version + ", expected " + expectedVersion + ")");
        }
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
