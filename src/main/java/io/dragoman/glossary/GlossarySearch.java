package io.dragoman.glossary;

import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds concepts by the text, language and status of their terms and by subject. */
@ApplicationScoped
public class GlossarySearch {
    private final ConceptRepository concepts;
    private final GlossaryRecognizer recognizer;

    GlossarySearch(ConceptRepository concepts, GlossaryRecognizer recognizer) {
        this.concepts = concepts;
        this.recognizer = recognizer;
    }

    /**
     * Lists concepts having a term (or variant) that contains {@code query} in language
     * {@code lang}, optionally with a given status and subject. Null criteria do not filter.
     */
    @Transactional
    public Page<ConceptView> search(String lang, String query, TermStatus status, String subject, PageRequest page) {
        LanguageTag parsed = LanguageTag.parseOptional("lang", lang);
        String tag = parsed == null ? null : parsed.tag();
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
        return filtered(tag, status, subjectFilter, page);
    }

    private Page<ConceptView> filtered(String tag, TermStatus status, String subject, PageRequest page) {
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
        if (subject != null) {
            where.append(" and lower(c.subject) = :subject");
            params.put("subject", subject.toLowerCase(Locale.ROOT));
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
}
