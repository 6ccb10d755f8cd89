package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {
    private static ChangeFeed.Row row(long id) {
        return new ChangeFeed.Row(id, "UPSERT", null, String.valueOf(id), "n");
    }

    private static List<Long> ids(List<ChangeFeed.Row> rows) {
        return rows.stream().map(ChangeFeed.Row::id).toList();
    }

    @Test
    void rowsCommittedOutOfOrderAreAppliedWhenTheyAppear() {
        Instant now = Instant.parse("2024-04-01T10:00:00Z");
        ChangeCursor cursor = new ChangeCursor(5, Duration.ofMinutes(5));
        assertEquals(List.of(6L, 9L), ids(cursor.accept(List.of(row(6), row(9)), now)));
        assertEquals(Set.of(7L, 8L), cursor.gaps());
        assertEquals(List.of(8L, 10L), ids(cursor.accept(List.of(row(8), row(10)), now)));
        assertEquals(Set.of(7L), cursor.gaps());
        assertEquals(10, cursor.last());
    }

    /** A row logged before the start read the last id, committed after: watched, then applied once. */
    @Test
    void idsMissingBelowTheStartingPositionAreWatched() {
        Instant now = Instant.now();
        ChangeCursor cursor = new ChangeCursor(10, Duration.ofMinutes(5));
        cursor.watch(List.of(7L, 9L, 12L), now);
        assertEquals(java.util.Set.of(7L, 9L), cursor.gaps());
        assertEquals(6, cursor.settled());
        assertEquals(List.of(7L, 11L), ids(cursor.accept(List.of(row(7), row(11)), now)));
        assertEquals(List.of(), ids(cursor.accept(List.of(row(7)), now)));
        assertEquals(8, cursor.settled());
    }

    @Test
    void seenRowsAreNotAppliedTwice() {
        ChangeCursor cursor = new ChangeCursor(0, Duration.ofMinutes(5));
        Instant now = Instant.now();
        cursor.accept(List.of(row(1), row(2)), now);
        assertEquals(List.of(), cursor.accept(List.of(row(2)), now));
    }

    @Test
    void gapsOfRolledBackTransactionsExpire() {
        Instant now = Instant.parse("2024-04-01T10:00:00Z");
        ChangeCursor cursor = new ChangeCursor(0, Duration.ofMinutes(5));
        cursor.accept(List.of(row(2)), now);
        assertEquals(Set.of(1L), cursor.gaps());
        cursor.accept(List.of(), now.plus(Duration.ofMinutes(6)));
        assertEquals(Set.of(), cursor.gaps());
    }
}
