package io.dragoman.align;

import io.dragoman.account.MemoryAccess;
import io.dragoman.match.ChangeFeed;
import io.dragoman.tm.UnitPair;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import io.dragoman.match.WordAssociations;
import io.dragoman.text.LanguageTag;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The translation lexicon learned from the memory itself, as an anchor source for alignment and
 * as the word associations the concordance marks translations with. Derived state: it
 * is learned in the background from the Arabic-English units in the database (the newest
 * {@code dragoman.alignment.lexicon.max-units}), and learned again whenever the unit change log
 * (the {@link ChangeFeed} every node writes) has moved since, or the set of restricted memories
 * changed, at most once per {@code dragoman.alignment.lexicon.refresh-interval}, so it follows
 * writes on every node. Until the first table is ready it contributes no anchors and alignment
 * works without it.
 *
 * <p>Every user's alignments share the one table, so it learns only from the memories every
 * signed-in user reads: a restricted memory's units never suggest a pairing to someone who may not
 * read them (a word pair learned from them would be a trace of their content).
 */
@ApplicationScoped
public class MemoryLexicon implements AnchorSource, WordAssociations {
    private static final Logger LOG = Logger.getLogger(MemoryLexicon.class);
    private final UnitReader units;
    private final ChangeFeed feed;
    private final AlignmentConfig config;
    private final MemoryAccess access;
    private volatile LearnedLexicon current = LearnedLexicon.EMPTY;
    private volatile Status status = new Status("off", 0, 0, 0, null);
    private long learnedPosition = -1;
    private Set<Long> learnedWithout = Set.of();
    private ScheduledExecutorService worker;

    /**
     * What the lexicon was learned from: {@code state} off, building (no table yet) or ready;
     * {@code learnedAt} is when its reading started, so every unit committed before it counts.
     */
    public record Status(String state, int units, int entries, long millis, Instant learnedAt) {
    }

    MemoryLexicon(UnitReader units, ChangeFeed feed, AlignmentConfig config, MemoryAccess access) {
        this.units = units;
        this.feed = feed;
        this.config = config;
        this.access = access;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) StartupEvent event) {
        if (!config.lexicon().enabled()) {
            return;
        }
        status = new Status("building", 0, 0, 0, null);
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dragoman-lexicon");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        long every = config.lexicon().refreshInterval().toMillis();
        worker.scheduleWithFixedDelay(this::refreshSafely, 0, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    public Status status() {
        return status;
    }

    /** The table in use now. */
    public LearnedLexicon current() {
        return current;
    }

    @Override
    public double weight() {
        return current.weight();
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        return current.anchors(text, language);
    }

    @Override
    public Predicate<String> translating(Collection<String> words, LanguageTag from, LanguageTag to) {
        return current.translating(words, from, to);
    }

    @Override
    public boolean knows(String word, LanguageTag from, LanguageTag to) {
        return current.knows(word, from, to);
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Learning the alignment lexicon failed; trying again at the next refresh", e);
        }
    }

    /** Learns again when the change log moved, or a memory was restricted or opened, since the last table. */
    void refresh() {
        // The log position is read before the units: a write committed during the read is seen next time.
        long position = feed.latestId();
        Set<Long> restricted = access.restricted();
        if (position == learnedPosition && restricted.equals(learnedWithout)) {
            return;
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<String[]> pairs = newestPairs(restricted);
        LearnedLexicon learned = new LexiconLearner(LexiconLearner.Settings.DEFAULTS).learn(pairs);
        current = learned;
        learnedPosition = position;
        learnedWithout = restricted;
        long millis = (System.nanoTime() - t0) / 1_000_000;
        status = new Status("ready", pairs.size(), learned.size(), millis, started);
        LOG.infof("Alignment lexicon: %d word pairs from %d units in %d ms", learned.size(), pairs.size(), millis);
    }

    /** The newest units outside the restricted memories with one Arabic and one English side, as (Arabic, English). */
    private List<String[]> newestPairs(Set<Long> restricted) {
        List<String[]> newest = new ArrayList<>();
        int most = config.lexicon().maxUnits();
        long before = Long.MAX_VALUE;
        while (newest.size() < most) {
            List<UnitPair> page = units.pairsBefore(UnitSelection.all(), before);
            if (page.isEmpty()) {
                break;
            }
            for (UnitPair unit : page) {
                String[] pair = restricted.contains(unit.memoryId()) ? null : arabicEnglish(unit);
                if (pair != null && newest.size() < most) {
                    newest.add(pair);
                }
            }
            before = page.get(page.size() - 1).id();
        }
        return newest;
    }

    private static String[] arabicEnglish(UnitPair unit) {
        if (!LanguageTag.isValid(unit.sourceLang()) || !LanguageTag.isValid(unit.targetLang())) {
            return null;
        }
        LanguageTag source = LanguageTag.of(unit.sourceLang());
        LanguageTag target = LanguageTag.of(unit.targetLang());
        if (source.isArabic() && target.isEnglish()) {
            return new String[] {unit.sourceText(), unit.targetText()};
        }
        if (source.isEnglish() && target.isArabic()) {
            return new String[] {unit.targetText(), unit.sourceText()};
        }
        return null;
    }
}
