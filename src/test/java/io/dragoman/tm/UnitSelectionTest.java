package io.dragoman.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dragoman.core.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitSelectionTest {
    private static final String VISIBLE = UnitImports.VISIBLE;

    @Test
    void listingLanguagesMatchExactly() {
        check(UnitSelection.of(null, "AR", null, null), VISIBLE + " and ((source_lang = ? and 1 = 1))", "ar");
    }

    @Test
    void exportLanguageWithoutRegionTakesItsRegions() {
        check(UnitSelection.forExport(null, "ar", null, false, null),
                VISIBLE + " and (((source_lang = ? or source_lang like ?) and 1 = 1))", "ar", "ar-%");
    }

    @Test
    void exportLanguageWithRegionMatchesExactly() {
        check(UnitSelection.forExport(null, "ar_sa", null, false, null),
                VISIBLE + " and ((source_lang = ? and 1 = 1))", "ar-SA");
    }

    @Test
    void bothDirectionsTakesTheOtherWayRound() {
        check(UnitSelection.forExport(7L, "en", "ar-SA", true, null), VISIBLE + " and memory_id = ?"
                        + " and (((source_lang = ? or source_lang like ?) and target_lang = ?)"
                        + " or (source_lang = ? and (target_lang = ? or target_lang like ?)))",
                7L, "en", "en-%", "ar-SA", "ar-SA", "en", "en-%");
    }

    @Test
    void containsIsCaseInsensitiveWithLikeWildcardsEscaped() {
        check(UnitSelection.of(null, null, null, "50%_A\\"), VISIBLE
                        + " and (lower(source_text) like ? escape '\\' or lower(target_text) like ? escape '\\')",
                "%50\\%\\_a\\\\%", "%50\\%\\_a\\\\%");
    }

    @Test
    void emptyContainsTakesEveryUnit() {
        assertNull(UnitSelection.of(null, null, null, "").contains());
    }

    @Test
    void excludedMemoriesAreLeftOut() {
        List<Object> params = new ArrayList<>();
        String where = UnitSql.where(UnitSelection.memory(3).excluding(Set.of(5L)), params);
        assertEquals(VISIBLE + " and memory_id = ? and memory_id not in (?)", where);
        assertEquals(List.of(3L, 5L), params);
    }

    @Test
    void changedSinceReadsADateAsMidnightUtc() {
        UnitSelection selection = UnitSelection.forExport(null, null, null, false, "2024-05-31");
        check(selection, VISIBLE + " and changed_at >= ?", OffsetDateTime.parse("2024-05-31T00:00:00Z"));
    }

    @Test
    void aBadFieldIsNamed() {
        assertEquals("targetLang", assertThrows(InvalidInputException.class,
                () -> UnitSelection.of(null, "ar", "12", null)).violations().get(0).field());
        assertEquals("changedSince", assertThrows(InvalidInputException.class,
                () -> UnitSelection.forExport(null, null, null, false, "yesterday")).violations().get(0).field());
    }

    @Test
    void pagesUnderAMemoryFollowTheMemoryIndex() {
        assertEquals(" order by memory_id, id", UnitSql.order(UnitSelection.memory(1), false));
        assertEquals(" order by id desc", UnitSql.order(UnitSelection.all(), true));
    }

    private static void check(UnitSelection selection, String where, Object... params) {
        List<Object> bound = new ArrayList<>();
        assertEquals(where, UnitSql.where(selection, bound));
        assertEquals(List.of(params), bound);
    }
}
