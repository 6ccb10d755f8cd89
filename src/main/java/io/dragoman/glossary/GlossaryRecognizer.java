package io.dragoman.glossary;

import io.dragoman.core.Periodic;
import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The {@link TermRecognizer} of the running server. Works on an in-memory index derived
 * from the database: built on first use and updated after every committed change on this node
 * ({@link GlossaryChange}). Other nodes' changes are found by polling a one-row signature of
 * the concept table (count, max id, sum of row versions); when it moves, the ids and versions of
 * all concepts are compared with the index and only the concepts that differ are reloaded, so a
 * node's own changes cost the poll nothing more.
 */
@ApplicationScoped
public class GlossaryRecognizer implements TermRecognizer {
    private static final Logger LOG = Logger.getLogger(GlossaryRecognizer.class);
    /** Above this many changed concepts, reloading everything is cheaper than one by one. */
    private static final int INCREMENTAL_LIMIT = 500;

    private final GlossarySnapshot snapshot;
    private final Duration syncInterval;
    private volatile TermIndex index;
    private GlossarySnapshot.Signature seen;
    private ScheduledExecutorService poller;

    GlossaryRecognizer(GlossarySnapshot snapshot, GlossaryConfig config) {
        this.snapshot = snapshot;
        this.syncInterval = config.syncInterval();
    }

    @Override
    public List<TermHit> recognize(String text, LanguageTag lang, LanguageTag target) {
        return index().recognize(text, lang, target);
    }

    @Override
    public List<TermHit> recognize(AnalyzedText text, LanguageTag target) {
        return index().recognize(text, target);
    }

    @Override
    public List<String> terms(long conceptId, LanguageTag lang) {
        return index().terms(conceptId, lang);
    }

    @Override
    public boolean holdsDiscouraged(LanguageTag lang) {
        return index().holdsDiscouraged(lang);
    }

    /** Concept ids for the normalised glossary search; see {@link TermIndex#search}. */
    List<Long> search(String query, String lang, TermStatus status, String subject) {
        return index().search(query, lang, status, subject);
    }

    private TermIndex index() {
        TermIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    rebuild();
                }
                current = index;
            }
        }
        return current;
    }

    /** Reloads every concept into a fresh index and swaps it in. */
    public synchronized void rebuild() {
        // Signature first: a change committed while loading shows up at the next poll.
        GlossarySnapshot.Signature signature = snapshot.signature();
        TermIndex fresh = new TermIndex();
        snapshot.all().forEach(fresh::put);
        index = fresh;
        seen = signature;
        LOG.debugf("Glossary recognizer: %d concepts indexed", fresh.size());
    }

    synchronized void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) GlossaryChange change) {
        if (index == null) {
            return;
        }
        if (change.conceptIds().size() > INCREMENTAL_LIMIT) {
            rebuild();
            return;
        }
        TermIndex current = index;
        change.conceptIds().forEach(current::remove);
        snapshot.byIds(change.conceptIds()).forEach(current::put);
    }

    void onStart(@Observes StartupEvent event) {
        long millis = syncInterval.toMillis();
        if (millis <= 0) {
            return;
        }
        poller = Periodic.timer("glossary-sync");
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        // A poll under way reads the database: it ends before the shutdown closes the persistence unit.
        if (poller != null) {
            Periodic.stopBeforeClosing(poller);
        }
    }

    private void poll() {
        try {
            if (index != null && !snapshot.signature().equals(seenSignature())) {
                catchUp();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Glossary recognizer could not check for changes: %s", e.getMessage());
        }
    }

    /** Reloads the concepts whose row version differs from the index's copy; drops deleted ones. */
    synchronized void catchUp() {
        GlossarySnapshot.Signature signature = snapshot.signature();
        Map<Long, Long> stored = snapshot.versions();
        TermIndex current = index;
        Map<Long, Long> held = current.versions();
        Set<Long> stale = new HashSet<>();
        stored.forEach((id, version) -> {
            if (!version.equals(held.get(id))) {
                stale.add(id);
            }
        });
        held.keySet().stream().filter(id -> !stored.containsKey(id)).forEach(current::remove);
        if (stale.size() > INCREMENTAL_LIMIT) {
            rebuild();
            return;
        }
        snapshot.byIds(stale).forEach(current::put);
        seen = signature;
        if (!stale.isEmpty()) {
            LOG.debugf("Glossary recognizer: %d concepts changed on another node", stale.size());
        }
    }

    private synchronized GlossarySnapshot.Signature seenSignature() {
        return seen;
    }
}
