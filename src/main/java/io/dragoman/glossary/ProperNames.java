package io.dragoman.glossary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashSet;
import java.util.Set;

/** The concepts that name someone or something: a term's part of speech says proper noun. */
@ApplicationScoped
public class ProperNames {
    private final EntityManager em;

    ProperNames(EntityManager em) {
        this.em = em;
    }

    /** Concepts with a term marked as a proper noun: names that may stay in their own script. */
    @Transactional(TxType.REQUIRES_NEW)
    public Set<Long> concepts() {
        return new HashSet<>(em.createQuery("select distinct t.concept.id from Term t"
                + " where lower(t.partOfSpeech) in ('propernoun', 'proper noun')", Long.class).getResultList());
    }
}
