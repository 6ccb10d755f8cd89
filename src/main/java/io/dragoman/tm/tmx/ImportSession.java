package io.dragoman.tm.tmx;

import io.dragoman.tm.StoredUnit;
import io.dragoman.tm.UnitBulkWriter;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.UnitImports;
import io.dragoman.tm.ValidUnit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the valid units of one import in chunks, applying the duplicate policy, each chunk in
 * its own short transaction under the import's ledger entry ({@link UnitImports}), which keeps
 * them hidden until the import commits. Per chunk: one
 * query for the stored units sharing a source text with a unit of the chunk (only for sources
 * {@link SeenSources} has met before, and under skip-identical only for units that may have an
 * identical one: most units need no lookup), then batched inserts and
 * updates. Units written by earlier chunks are found by that query, units of the same chunk by
 * the chunk's own table, so duplicates inside one file are handled as across files.
 */
final class ImportSession {
    static final int CHUNK = 1000;

    private final UnitBulkWriter writer;
    private final UnitImports imports;
    private final DuplicatePolicy policy;
    private final long memoryId;
    private final long importId;
    private final ReportBuilder report;
    private final List<ValidUnit> chunk = new ArrayList<>(CHUNK);
    /** Units of the chunk without a date of their own (by identity). */
    private final Set<ValidUnit> undated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The memory's sources before the import. */
    private final SeenSources stored = new SeenSources();
    /** The import's own sources. */
    private final SeenSources seen = new SeenSources();
    /** Null but under skip-identical, see {@link OwnUnits}. */
    private final OwnUnits own;

    ImportSession(UnitBulkWriter writer, UnitImports imports, DuplicatePolicy policy, long memoryId, long importId,
                  ReportBuilder report) {
        this.writer = writer;
        this.imports = imports;
        this.policy = policy;
        this.memoryId = memoryId;
        this.importId = importId;
        this.report = report;
        this.own = policy == DuplicatePolicy.SKIP_IDENTICAL ? new OwnUnits() : null;
        if (policy != DuplicatePolicy.KEEP_ALL) {
            QuarkusTransaction.requiringNew().run(() -> writer.sourceHashes(memoryId, stored::add));
        }
    }

    /** Adds a unit to write; {@code dated} says whether its file gave it a date (overwrite-newer needs one). */
    void add(ValidUnit unit, boolean dated) {
        if (!dated) {
            undated.add(unit);
        }
        chunk.add(unit);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Writes what is pending. */
    void finish() {
        flush();
    }

    /** A unit of the memory as far as this chunk knows it: stored, or about to be inserted or replaced. */
    private static final class Known {
        final long id;
        final String sourceLang;
        final String targetLang;
        /** Written by this import: overwritten in place rather than through a pending new version. */
        final boolean pending;
        String targetText;
        OffsetDateTime changedAt;
        int insertIndex = -1;
        int replaceIndex = -1;

        Known(long id, String sourceLang, String targetLang, boolean pending, String targetText,
              OffsetDateTime changedAt) {
            this.id = id;
            this.sourceLang = sourceLang;
            this.targetLang = targetLang;
            this.pending = pending;
            this.targetText = targetText;
            this.changedAt = changedAt;
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(this::write);
        chunk.clear();
        undated.clear();
        report.writeNanos += System.nanoTime() - start;
    }

    private void write() {
        Map<ValidUnit, OwnUnits.Key> keys = new java.util.IdentityHashMap<>();
        if (own != null) {
            chunk.forEach(unit -> keys.put(unit, own.key(unit)));
        }
        Map<String, List<Known>> known = lookup(keys);
        List<ValidUnit> inserts = new ArrayList<>();
        List<ValidUnit> replacements = new ArrayList<>();
        List<Long> replacedIds = new ArrayList<>();
        List<ValidUnit> versions = new ArrayList<>();
        List<Long> versionedIds = new ArrayList<>();
        for (ValidUnit unit : chunk) {
            if (own != null && own.holds(keys.get(unit))) {
                report.skip("identical");
                continue;
            }
            List<Known> same = known.computeIfAbsent(unit.sourceHash(), h -> new ArrayList<>()).stream()
                    .filter(k -> k.sourceLang.equals(unit.sourceLang()) && k.targetLang.equals(unit.targetLang()))
                    .toList();
            if (policy != DuplicatePolicy.KEEP_ALL
                    && same.stream().anyMatch(k -> k.targetText.equals(unit.draft().targetText()))) {
                report.skip("identical");
            } else if (policy != DuplicatePolicy.OVERWRITE_NEWER || same.isEmpty()) {
                Known k = new Known(-1, unit.sourceLang(), unit.targetLang(), true, unit.draft().targetText(),
                        changedAt(unit));
                k.insertIndex = inserts.size();
                inserts.add(unit);
                if (own != null) {
                    own.add(keys.get(unit));
                }
                known.get(unit.sourceHash()).add(k);
            } else {
                overwrite(unit, same, inserts, new Replacements(replacements, replacedIds, versions, versionedIds));
            }
        }
        writer.insert(importId, inserts, null);
        writer.replace(ids(replacedIds), replacements);
        writer.insert(importId, versions, ids(versionedIds));
        imports.heartbeat(importId);
        report.created += inserts.size();
    }

    private static long[] ids(List<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Where the overwrites of one chunk go: units this import wrote are replaced in place, visible
     * units get a pending new version ({@code versions}, by the id each replaces).
     */
    private record Replacements(List<ValidUnit> replacements, List<Long> replacedIds, List<ValidUnit> versions,
                                List<Long> versionedIds) {
    }

    private void overwrite(ValidUnit unit, List<Known> same, List<ValidUnit> inserts, Replacements r) {
        OffsetDateTime incoming = changedAt(unit);
        if (undated.contains(unit)) {
            report.skip("undated");
            return;
        }
        Known newest = same.get(0);
        for (Known k : same) {
            if (k.changedAt.isAfter(newest.changedAt)) {
                newest = k;
            }
        }
        if (!incoming.isAfter(newest.changedAt)) {
            report.skip("not-newer");
            return;
        }
        List<ValidUnit> target = newest.pending ? r.replacements() : r.versions();
        if (newest.insertIndex >= 0) {
            inserts.set(newest.insertIndex, unit);
        } else if (newest.replaceIndex >= 0) {
            target.set(newest.replaceIndex, unit);
        } else {
            newest.replaceIndex = target.size();
            target.add(unit);
            (newest.pending ? r.replacedIds() : r.versionedIds()).add(newest.id);
        }
        newest.targetText = unit.draft().targetText();
        newest.changedAt = incoming;
        report.updated++;
    }

    private Map<String, List<Known>> lookup(Map<ValidUnit, OwnUnits.Key> keys) {
        Map<String, List<Known>> known = new HashMap<>();
        if (policy == DuplicatePolicy.KEEP_ALL) {
            return known;
        }
        Set<String> hashes = new LinkedHashSet<>();
        for (ValidUnit unit : chunk) {
            boolean before = stored.contains(unit.sourceHash());
            boolean met = !seen.add(unit.sourceHash());
            // Under skip-identical only an identical unit matters, and one this import wrote is
            // known while its table is complete: then only a source stored before needs the database.
            boolean mayExist = own != null
                    ? !own.holds(keys.get(unit)) && (before || met && !own.complete())
                    : before || met;
            if (mayExist) {
                hashes.add(unit.sourceHash());
            }
        }
        writer.findBySourceHash(memoryId, importId, hashes).forEach((hash, stored) -> {
            List<Known> list = new ArrayList<>();
            for (StoredUnit s : stored) {
                list.add(new Known(s.id(), s.sourceLang(), s.targetLang(), s.pending(), s.targetText(), s.changedAt()));
            }
            known.put(hash, list);
        });
        return known;
    }

    /** When a unit counts as changed once written: as the unit writer stores it. */
    private static OffsetDateTime changedAt(ValidUnit unit) {
        UnitDraft d = unit.draft();
        return Objects.requireNonNullElseGet(d.changedAt() != null ? d.changedAt() : d.createdAt(),
                () -> OffsetDateTime.now(ZoneOffset.UTC));
    }
}
