package io.dragoman.tm.tmx;

import io.dragoman.tm.ValidUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units an import itself wrote lately, by source hash, so that a repeat of one of them is
 * known identical without asking the database (the duplicate lookup was a quarter of an import's
 * time, and user-interface files repeat their short strings all along). Exact, not a guess: only for {@link DuplicatePolicy#SKIP_IDENTICAL}, under which an
 * import never changes a unit it wrote, and nobody else can see those units before it commits.
 * A unit not found here is looked up as before. Holds the {@value #CAPACITY} most recently used
 * source hashes.
 */
final class OwnUnits {
    static final int CAPACITY = 20_000;

    /** One written unit's language pair and target text. */
    private record Written(String sourceLang, String targetLang, String targetText) {
        static Written of(ValidUnit unit) {
            return new Written(unit.sourceLang(), unit.targetLang(), unit.draft().targetText());
        }
    }

    private final Map<String, List<Written>> bySource = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Written>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** True when this import wrote a unit with the same source, languages and target. */
    boolean holds(ValidUnit unit) {
        List<Written> written = bySource.get(unit.sourceHash());
        return written != null && written.contains(Written.of(unit));
    }

    /** Records a unit the import is writing. */
    void add(ValidUnit unit) {
        bySource.computeIfAbsent(unit.sourceHash(), h -> new ArrayList<>(1)).add(Written.of(unit));
    }
}
