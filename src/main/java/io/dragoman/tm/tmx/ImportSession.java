package io.dragoman.tm.tmx;

import io.dragoman.tm.StoredUnit;
import io.dragoman.tm.UnitBulkWriter;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.ValidUnit;
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
 * Writes the valid units of one import in chunks, applying the duplicate policy. Per chunk: one
 * query for the stored units sharing a source text with any unit of the chunk, then batched
 * inserts and updates. Units written by earlier chunks are found by that query, units of the same
 * chunk by the chunk's own table, so duplicates inside one file are handled as across files.
 */
final class ImportSession {
    static final int CHUNK = 1000;
    /** Written ids announced per event: a few events per import, each listing many units. */
    static final int ANNOUNCE_EVERY = 100_000;

    private final UnitBulkWriter writer;
    private final DuplicatePolicy policy;
    private final long memoryId;
    private final ReportBuilder report;
    private final List<ValidUnit> chunk = new ArrayList<>(CHUNK);
    private final List<Long> written = new ArrayList<>();
    /** Units of the chunk without a date of their own (by identity). */
    private final Set<ValidUnit> undated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ImportSession(UnitBulkWriter writer, DuplicatePolicy policy, long memoryId, ReportBuilder report) {
        this.writer = writer;
        this.policy = policy;
        this.memoryId = memoryId;
        this.report = report;
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

    /** Writes what is pending and announces everything written. */
    void finish() {
        flush();
        announce();
    }

    /** A unit of the memory as far as this chunk knows it: stored, or about to be inserted or replaced. */
    private static final class Known {
        final long id;
        final String sourceLang;
        final String targetLang;
        String targetText;
        OffsetDateTime changedAt;
        int insertIndex = -1;
        int replaceIndex = -1;

        Known(long id, String sourceLang, String targetLang, String targetText, OffsetDateTime changedAt) {
            this.id = id;
            this.sourceLang = sourceLang;
            this.targetLang = targetLang;
            this.targetText = targetText;
            this.changedAt = changedAt;
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, List<Known>> known = lookup();
        List<ValidUnit> inserts = new ArrayList<>();
        List<ValidUnit> replacements = new ArrayList<>();
        List<Long> replacedIds = new ArrayList<>();
        for (ValidUnit unit : chunk) {
            List<Known> same = known.computeIfAbsent(unit.sourceHash(), h -> new ArrayList<>()).stream()
                    .filter(k -> k.sourceLang.equals(unit.sourceLang()) && k.targetLang.equals(unit.targetLang()))
                    .toList();
            if (policy != DuplicatePolicy.KEEP_ALL
                    && same.stream().anyMatch(k -> k.targetText.equals(unit.draft().targetText()))) {
                report.skip("identical");
            } else if (policy != DuplicatePolicy.OVERWRITE_NEWER || same.isEmpty()) {
                Known k = new Known(-1, unit.sourceLang(), unit.targetLang(), unit.draft().targetText(), changedAt(unit));
                k.insertIndex = inserts.size();
                inserts.add(unit);
                known.get(unit.sourceHash()).add(k);
            } else {
                overwrite(unit, same, inserts, replacements, replacedIds);
            }
        }
        long[] ids = writer.insert(inserts);
        writer.replace(replacedIds.stream().mapToLong(Long::longValue).toArray(), replacements);
        report.created += inserts.size();
        for (long id : ids) {
            written.add(id);
        }
        written.addAll(replacedIds);
        chunk.clear();
        undated.clear();
        if (written.size() >= ANNOUNCE_EVERY) {
            announce();
        }
    }

    private void overwrite(ValidUnit unit, List<Known> same, List<ValidUnit> inserts, List<ValidUnit> replacements,
                           List<Long> replacedIds) {
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
        if (newest.insertIndex >= 0) {
            inserts.set(newest.insertIndex, unit);
        } else if (newest.replaceIndex >= 0) {
            replacements.set(newest.replaceIndex, unit);
        } else {
            newest.replaceIndex = replacements.size();
            replacements.add(unit);
            replacedIds.add(newest.id);
        }
        newest.targetText = unit.draft().targetText();
        newest.changedAt = incoming;
        report.updated++;
    }

    private Map<String, List<Known>> lookup() {
        Map<String, List<Known>> known = new HashMap<>();
        if (policy == DuplicatePolicy.KEEP_ALL) {
            return known;
        }
        Set<String> hashes = new LinkedHashSet<>();
        chunk.forEach(u -> hashes.add(u.sourceHash()));
        writer.findBySourceHash(memoryId, hashes).forEach((hash, stored) -> {
            List<Known> list = new ArrayList<>();
            for (StoredUnit s : stored) {
                list.add(new Known(s.id(), s.sourceLang(), s.targetLang(), s.targetText(), s.changedAt()));
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

    private void announce() {
        writer.announce(written);
        written.clear();
    }
}
