package io.dragoman.match;

import io.dragoman.tm.UnitPair;
import io.dragoman.tm.UnitReader;
import io.dragoman.tm.UnitSelection;
import io.dragoman.tm.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored units as the index and the ranker take them, read through {@link UnitReader}. */
@ApplicationScoped
public class UnitSource implements TextSource {
    private final UnitReader reader;

    UnitSource(UnitReader reader) {
        this.reader = reader;
    }

    /** The next page of units by ascending id after {@code afterId} (keyset paging). */
    public List<IndexedUnit> page(long afterId) {
        return reader.pairs(UnitSelection.all(), afterId).stream().map(UnitSource::indexed).toList();
    }

    /** How many units {@link #page} goes through: what a complete index holds. */
    public long count() {
        return reader.count(UnitSelection.all());
    }

    /** The units among {@code ids} that exist (the others were deleted). */
    public List<IndexedUnit> units(Collection<Long> ids) {
        return reader.pairs(ids).stream().map(UnitSource::indexed).toList();
    }

    @Override
    public Map<Long, UnitTexts> texts(Collection<Long> ids) {
        Map<Long, UnitTexts> found = new HashMap<>();
        for (UnitView u : reader.withoutAnnotations(ids)) {
            UnitMetadata metadata = new UnitMetadata(u.tuid(), u.origin().document(), u.origin().position(),
                    u.origin().file(), u.createdAt(), u.createdBy(), u.changedAt(), u.changedBy(), u.usageCount(),
                    u.lastUsedAt());
            found.put(u.id(), new UnitTexts(u.id(), u.memoryId(), u.sourceLang(), u.targetLang(), u.sourceText(),
                    u.targetText(), u.prevSourceHash(), metadata));
        }
        return found;
    }

    private static IndexedUnit indexed(UnitPair u) {
        return new IndexedUnit(u.id(), u.memoryId(), u.sourceLang(), u.targetLang(), u.sourceText(), u.targetText(),
                u.prevSourceHash());
    }
}
