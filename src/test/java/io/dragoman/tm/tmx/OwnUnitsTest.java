package io.dragoman.tm.tmx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.tm.TextHash;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.ValidUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnUnitsTest {
    private static ValidUnit unit(String english, String arabic, String targetLang) {
        return new ValidUnit(new UnitDraft(1, "en", targetLang, english, arabic, null, null, null, "importer", null,
                null, "importer", 0, null, List.of()), "en", targetLang, TextHash.of(english));
    }

    private static ValidUnit unit(String english, String arabic) {
        return unit(english, arabic, "ar");
    }

    /**
     * An import skips a unit as identical without the database only when it wrote that very unit,
     * however long ago: a source with another target or another language is another unit.
     */
    @Test
    void holdsEveryUnitWrittenAndNoOther() {
        OwnUnits own = new OwnUnits();
        int written = 100_000;
        for (int i = 0; i < written; i++) {
            assertFalse(own.holds(unit("source " + i, "هدف " + i)), "not yet written " + i);
            own.add(unit("source " + i, "هدف " + i));
        }
        own.add(unit("source 0", "هدف 0"));
        for (int i = 0; i < written; i++) {
            assertTrue(own.holds(unit("source " + i, "هدف " + i)), "written " + i);
            assertFalse(own.holds(unit("source " + i, "هدف آخر " + i)), "another target " + i);
            assertFalse(own.holds(unit("source " + i, "هدف " + i, "ar-EG")), "another language " + i);
        }
        assertTrue(own.complete());
    }

    /** Past its capacity the table stops recording and says so: the import then asks the database. */
    @Test
    void pastItsCapacityItSaysItIsIncomplete() {
        OwnUnits own = new OwnUnits();
        for (int i = 0; i < OwnUnits.CAPACITY; i++) {
            own.add(unit("s" + i, "t"));
        }
        assertTrue(own.complete());
        own.add(unit("one more", "t"));
        assertFalse(own.complete());
        assertFalse(own.holds(unit("one more", "t")), "not recorded");
        assertTrue(own.holds(unit("s0", "t")) && own.holds(unit("s" + (OwnUnits.CAPACITY - 1), "t")));
    }
}
