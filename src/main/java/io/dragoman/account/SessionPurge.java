package io.dragoman.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes the page sessions that can no longer sign anyone in: past their expiry or signed out.
 * Each sign-in runs it, so the table holds about as many sessions as are in use. One statement
 * in its own transaction: nodes purging at once delete the same rows or wait for each other,
 * and a purge that fails leaves the rows for the next sign-in rather than failing this one.
 * API tokens are kept however old: their owner still lists them, revoked or expired.
 */
@ApplicationScoped
class SessionPurge {
    private static final Logger LOG = Logger.getLogger(SessionPurge.class);

    private final EntityManager em;

    SessionPurge(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int delete() {
        return em.createQuery("delete from ApiToken where kind = :k and (expiresAt < :now or revokedAt is not null)")
                .setParameter("k", ApiToken.SESSION).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** As {@link #delete}, never failing the sign-in that runs it. */
    void run() {
        try {
            int deleted = delete();
            if (deleted > 0) {
                LOG.debugf("Deleted %d ended page sessions", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Deleting ended page sessions failed; the next sign-in tries again", e);
        }
    }
}
