package io.dragoman.match;

import io.dragoman.core.DataDirectory;
import io.dragoman.core.DatabaseCheckpoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the match index's snapshot ({@link IndexSnapshot}) in the data directory and decides
 * whether the one found at start still describes the database: it must come from this build's
 * text analysis and be anchored to a {@code unit_change} row that the database still holds as it
 * was. A snapshot of another database, of a newer copy than the one restored, or of an older build
 * is set aside and the index is built from the database, as it would be without a snapshot.
 */
@ApplicationScoped
class IndexSnapshots {
    static final String FILE = "match-index.snapshot";
    private static final Logger LOG = Logger.getLogger(IndexSnapshots.class);
    private final ChangeFeed feed;
    private final DatabaseCheckpoint checkpoint;
    private final boolean enabled;
    private final Path file;

    IndexSnapshots(ChangeFeed feed, DatabaseCheckpoint checkpoint, MatchConfig config,
                   @ConfigProperty(name = DataDirectory.DATA_PATH) String dataPath) {
        this.feed = feed;
        this.checkpoint = checkpoint;
        this.enabled = config.snapshot();
        this.file = Path.of(dataPath).resolve(FILE);
    }

    /** The saved index when it can be used; empty (the log says why) when the index must be built. */
    Optional<IndexSnapshot.Loaded> restore() {
        removeAbandonedDraft();
        if (!enabled || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            IndexSnapshot.Loaded loaded = IndexSnapshot.read(file);
            long row = loaded.position().rowId();
            OptionalLong stored = feed.signature(row);
            if (stored.isEmpty() || stored.getAsLong() != loaded.position().rowSignature()) {
                LOG.infof("Match index: %s was saved for another database, or a later state of this one"
                        + " (change %d differs); building the index from the database", file, row);
                return Optional.empty();
            }
            return Optional.of(loaded);
        } catch (IndexSnapshot.Refused e) {
            LOG.infof("Match index: not using %s: %s; building the index from the database", file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Match index: %s could not be read; building the index from the database", file);
        }
        return Optional.empty();
    }

    /**
     * A node killed while saving leaves its draft, as large as a snapshot. A save writes its draft
     * within seconds, so one untouched for ten minutes belongs to no live node sharing this directory.
     */
    private void removeAbandonedDraft() {
        Path draft = IndexSnapshot.draftOf(file);
        try {
            if (Files.isRegularFile(draft) && Files.getLastModifiedTime(draft).toInstant()
                    .isBefore(java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)))) {
                Files.delete(draft);
            }
        } catch (IOException e) {
            LOG.debugf(e, "Match index: could not remove %s", draft);
        }
    }

    /**
     * Saves the index as holding every change up to {@code position}; true when saved. Needs no
     * database, so that a stop saves even after the database closed. A failure is logged and leaves
     * the previous snapshot, which is still valid: the next start replays more.
     */
    boolean save(FuzzyIndex index, IndexSnapshot.Position position) {
        if (!enabled) {
            return false;
        }
        try {
            long started = System.nanoTime();
            int units = index.read(store -> {
                // Every change the index holds was committed before it was applied, and none is applied
                // while this read lasts: written to the database's file first, a kill right after the
                // save cannot leave the snapshot holding an edit the database lost.
                checkpoint.run();
                try {
                    return IndexSnapshot.write(store, position, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            LOG.debugf("Match index: saved %d units as of change %d to %s in %d ms", units, position.rowId(), file,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Match index: could not save %s; the previous snapshot stays", file);
            return false;
        }
    }
}
