package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot read back answers every lookup as the index it was saved from, and a damaged one is refused. */
class IndexSnapshotTest {
    private static final String PREVIOUS = "ناقش المجلس خطة التمويل";
    @TempDir
    Path dir;

    @Test
    void aSnapshotReadBackAnswersEveryLookupAsTheIndexItWasSavedFrom() throws Exception {
        Random random = new Random(17);
        RandomTm tm = new RandomTm(random);
        FuzzyIndex saved = new FuzzyIndex();
        List<IndexedUnit> units = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            units.add(tm.newUnit(1 + random.nextInt(3)));
        }
        // A unit with a previous segment, and numbers, so that context and number ids travel too.
        IndexedUnit context = new IndexedUnit(100_000, 2, "ar", "en", "دفعت الولايات المتحدة 150 مليون دولار",
                "The United States paid 150 million dollars", io.dragoman.tm.TextHash.of(PREVIOUS));
        tm.put(context);
        units.add(context);
        saved.upsert(units);
        // Replaced and deleted units leave retired slots behind: the snapshot holds only live ones.
        for (int i = 0; i < 80; i++) {
            IndexedUnit old = units.get(random.nextInt(units.size() - 1));
            IndexedUnit changed = new IndexedUnit(old.id(), old.memoryId(), old.sourceLang(), old.targetLang(),
                    tm.perturb(old.sourceText()), old.targetText(), null);
            units.set(units.indexOf(old), changed);
            tm.put(changed);
            saved.upsert(List.of(changed));
        }
        List<Long> deleted = units.subList(0, 40).stream().map(IndexedUnit::id).toList();
        deleted.forEach(tm.units::remove);
        saved.remove(deleted);
        units.subList(0, 40).clear();

        Path file = dir.resolve(IndexSnapshots.FILE);
        int written = saved.read(store -> write(store, new IndexSnapshot.Position(77, 1234), file));
        IndexSnapshot.Loaded loaded = IndexSnapshot.read(file);
        assertEquals(units.size(), written);
        assertEquals(units.size(), loaded.units());
        assertEquals(new IndexSnapshot.Position(77, 1234), loaded.position());
        FuzzyIndex restored = new FuzzyIndex();
        restored.replace(loaded.store());
        assertEquals(saved.size(), restored.size());

        MatchEngine before = new MatchEngine(saved);
        MatchEngine after = new MatchEngine(restored);
        int found = 0;
        for (int q = 0; q < 400; q++) {
            LookupQuery query = query(tm, units, random);
            List<Match> expected = before.lookup(query, tm);
            assertEquals(expected, after.lookup(query, tm), () -> "query '" + query.text().text() + "'");
            found += expected.size();
        }
        assertTrue(found > 300, "the queries must find something: " + found);
        LookupQuery inContext = LookupQuery.of("دفعت الولايات المتحدة 150 مليون دولار", "ar", "en", List.of(), 50, 5,
                PREVIOUS);
        assertEquals(before.lookup(inContext, tm), after.lookup(inContext, tm));
        assertEquals(MatchClass.IN_CONTEXT, after.lookup(inContext, tm).get(0).matchClass());

        // The restored index goes on learning words with the ids the saved one would have given them.
        IndexedUnit fresh = new IndexedUnit(200_000, 1, "en", "ar", "an entirely unseen sentence about ferries",
                "جملة جديدة تماما عن العبارات", null);
        tm.put(fresh);
        saved.upsert(List.of(fresh));
        restored.upsert(List.of(fresh));
        LookupQuery novel = LookupQuery.of("an unseen sentence about ferries", "en", null, List.of(), 50, 5, null);
        assertEquals(before.lookup(novel, tm), after.lookup(novel, tm));
        assertEquals(200_000, after.lookup(novel, tm).get(0).unitId());
    }

    @Test
    void aDamagedOrForeignSnapshotIsRefused() throws Exception {
        Random random = new Random(3);
        RandomTm tm = new RandomTm(random);
        FuzzyIndex index = new FuzzyIndex();
        List<IndexedUnit> units = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            units.add(tm.newUnit(1));
        }
        index.upsert(units);
        Path file = dir.resolve(IndexSnapshots.FILE);
        index.read(store -> write(store, new IndexSnapshot.Position(5, 6), file));
        byte[] good = Files.readAllBytes(file);
        assertEquals(200, IndexSnapshot.read(file).units());

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        assertRefused(flipped, "");
        assertRefused(Arrays.copyOf(good, good.length - 9), "");
        assertRefused(new byte[0], "ends early");
        byte[] otherAnalysis = good.clone();
        ByteBuffer.wrap(otherAnalysis).putLong(12, ByteBuffer.wrap(good).getLong(12) + 1);
        assertRefused(otherAnalysis, "analyses text differently");
        byte[] notOurs = good.clone();
        notOurs[0] = 'X';
        assertRefused(notOurs, "not a Dragoman index snapshot");
        assertTrue(Files.list(dir).allMatch(p -> p.getFileName().toString().equals(IndexSnapshots.FILE)),
                "no draft is left beside the snapshot");
    }

    private void assertRefused(byte[] bytes, String reason) throws IOException {
        Path damaged = dir.resolve("damaged");
        Files.write(damaged, bytes);
        IndexSnapshot.Refused refused = assertThrows(IndexSnapshot.Refused.class, () -> IndexSnapshot.read(damaged));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        Files.delete(damaged);
    }

    private static int write(IndexStore store, IndexSnapshot.Position position, Path file) {
        try {
            return IndexSnapshot.write(store, position, file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LookupQuery query(RandomTm tm, List<IndexedUnit> units, Random random) {
        IndexedUnit base = units.get(random.nextInt(units.size()));
        boolean sourceSide = random.nextBoolean();
        String lang = sourceSide ? base.sourceLang() : base.targetLang();
        String text = tm.perturb(sourceSide ? base.sourceText() : base.targetText());
        List<Long> memories = random.nextInt(3) == 0 ? List.of(1L + random.nextInt(3)) : List.of();
        return LookupQuery.of(text, lang, null, memories, new int[] {50, 70, 100}[random.nextInt(3)], 10, null);
    }
}
