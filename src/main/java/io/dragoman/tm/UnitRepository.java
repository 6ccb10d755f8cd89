package io.dragoman.tm;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<TranslationUnit> {

    PanacheQuery<TranslationUnit> filtered(UnitFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.memoryId() != null) {
            where.append(" and memory.id = :memory");
            params.and("memory", filter.memoryId());
        }
        if (!filter.excluded().isEmpty()) {
            where.append(" and memory.id not in :excluded");
            params.and("excluded", filter.excluded());
        }
        if (filter.sourceLang() != null) {
            where.append(" and sourceLang = :sourceLang");
            params.and("sourceLang", filter.sourceLang());
        }
        if (filter.targetLang() != null) {
            where.append(" and targetLang = :targetLang");
            params.and("targetLang", filter.targetLang());
        }
        if (filter.contains() != null) {
            where.append(" and (lower(sourceText) like :q escape '\\' or lower(targetText) like :q escape '\\')");
            params.and("q", "%" + escapeLike(filter.contains().toLowerCase(Locale.ROOT)) + "%");
        }
        // Under a memory filter, order by (memory, id): the order of index ix_unit_memory, so H2
        // reads a page from the index instead of sorting the whole memory for every page.
        Sort order = filter.memoryId() != null ? Sort.by("memory.id").and("id") : Sort.by("id");
        return find(where.toString(), order, params);
    }

    long countInMemory(long memoryId) {
        return count("memory.id", memoryId);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
