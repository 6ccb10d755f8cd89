package io.dragoman.core;

import java.util.Random;

/**
 * Seeded random cases for property tests. Each case gets its own {@link Random}, seeded from the
 * run's seed, the property's name and the case's number, so a failure names one seed that
 * replays that case alone.
 *
 * <ul>
 *   <li>{@code -Ddragoman.fuzz.tries=10000}: cases per property (the long run); without it each
 *       property runs the smaller count it gives, which keeps CI short.</li>
 *   <li>{@code -Ddragoman.fuzz.seed=N}: another run seed (default {@value #DEFAULT_SEED}).</li>
 *   <li>{@code -Ddragoman.fuzz.case=S}: replays the one case with seed S, as a failure prints it.</li>
 * </ul>
 */
public final class Fuzz {
    public static final long DEFAULT_SEED = 20261204L;

    /** One case of a property; throws (any assertion or exception) when the property fails. */
    public interface Case {
        void run(Random random) throws Exception;
    }

    private Fuzz() {
    }

    /** Cases a property runs: {@code dragoman.fuzz.tries} when set, else {@code ciTries}. */
    public static int tries(int ciTries) {
        return Integer.getInteger("dragoman.fuzz.tries", ciTries);
    }

    /** Runs the property's cases and answers how many ran. */
    public static int check(String property, int ciTries, Case body) {
        String replay = System.getProperty("dragoman.fuzz.case");
        if (replay != null) {
            run(property, -1, Long.parseLong(replay), body);
            return 1;
        }
        long base = Long.getLong("dragoman.fuzz.seed", DEFAULT_SEED);
        int tries = tries(ciTries);
        long started = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            run(property, i, seed(base, property, i), body);
        }
        System.out.printf("fuzz %s: %,d cases passed, run seed %d, %d ms%n", property, tries, base,
                (System.nanoTime() - started) / 1_000_000);
        return tries;
    }

    static long seed(long base, String property, int i) {
        long h = base ^ (property.hashCode() * 0x9E3779B97F4A7C15L);
        return h + i * 0xBF58476D1CE4E5B9L;
    }

    private static void run(String property, int i, long seed, Case body) {
        try {
            body.run(new Random(seed));
        } catch (Throwable t) {
            throw new AssertionError(property + " failed on case " + i + " with seed " + seed
                    + " (replay it alone with -Ddragoman.fuzz.case=" + seed + "): " + t, t);
        }
    }
}
