package io.dragoman.tm.tmx;

import io.dragoman.core.DatabaseClosing;
import io.dragoman.core.DatabaseCompaction;
import io.dragoman.core.Periodic;
import io.dragoman.tm.UnitImports;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.jboss.logging.Logger;

/**
 * Cleans up after imports whose process died: from the start and then every
 * {@code dragoman.tmx.sweep-interval}, it removes the hidden units of imports that stopped
 * writing (see {@link UnitImports}); their jobs are the job sweep's
 * ({@code io.dragoman.job.JobSweeper}). Whatever the sweep finds was never visible; the sweep only
 * gives its disk space back.
 */
@ApplicationScoped
class ImportSweeper {
    private static final Logger LOG = Logger.getLogger(ImportSweeper.class);
    private static final Duration COMMAND_COMPACTION_BUDGET = Duration.ofMinutes(1);

    private final UnitImports imports;
    private final TmxConfig config;
    private final DatabaseCompaction compaction;
    private ScheduledExecutorService timer;

    ImportSweeper(UnitImports imports, TmxConfig config, DatabaseCompaction compaction) {
        this.imports = imports;
        this.config = config;
        this.compaction = compaction;
    }

    /**
     * A server sweeps in the background from the start (removing a killed import's units can take
     * longer than a start may); with no interval (the command line) the one sweep runs before
     * the command.
     */
    void onStart(@Observes StartupEvent event) {
        timer = Periodic.timer("dragoman-import-sweeper");
        Periodic.every(timer, config.sweepInterval(), this::sweep);
    }

    void onClosing(@Observes DatabaseClosing event) {
        if (timer != null) {
            Periodic.stopBeforeClosing(timer);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        // Not shutdownNow: a run under way would go on while the shutdown closes the persistence
        // unit under it, and log its failure at the end of a good command.
        if (timer != null) {
            Periodic.stopBeforeClosing(timer);
        }
    }

    private void sweep() {
        try {
            int removed = imports.sweep(config.importStaleAfter());
            if (removed > 0) {
                LOG.infof("Import sweep: %d unfinished imports removed", removed);
                // A command sweeps once, before its work, and may exit soon after: what the killed
                // import wrote is given back at once. A server's look below finds it.
                if (config.sweepInterval().toMillis() <= 0) {
                    compaction.compactOpen(COMMAND_COMPACTION_BUDGET).ifPresent(done -> LOG.infof("Import sweep: %s", done));
                }
            }
            if (config.sweepInterval().toMillis() > 0) {
                compaction.compactIfSparse("a look at the database file");
            }
        } catch (RuntimeException e) {
            LOG.warn("Import sweep failed; the next one will retry", e);
        }
    }
}
