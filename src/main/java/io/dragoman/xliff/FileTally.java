package io.dragoman.xliff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts for one {@code <file>} while its segments are pre-translated. */
final class FileTally {
    private final XliffFileInfo info;
    private final Map<Band, int[]> bands = new EnumMap<>(Band.class);
    private final int[] repetitions = new int[2];
    private final Set<String> seen = new HashSet<>();
    private int segments;
    private int words;
    int filled;
    int finals;
    int alreadyTranslated;
    int withCodes;

    FileTally(XliffFileInfo info) {
        this.info = info;
        for (Band band : Band.values()) {
            bands.put(band, new int[2]);
        }
    }

    /** Counts a segment in its band, or among the repetitions when its text came earlier in the file. */
    void count(String key, Band band, int segmentWords) {
        segments++;
        words += segmentWords;
        int[] counts = !key.isEmpty() && !seen.add(key) ? repetitions : bands.get(band);
        counts[0]++;
        counts[1] += segmentWords;
    }

    FileReport report() {
        List<BandCount> list = new ArrayList<>();
        bands.forEach((band, c) -> list.add(new BandCount(band.label(), c[0], c[1])));
        return new FileReport(info.name(), info.sourceLang(), info.targetLang(), segments, words, list,
                new BandCount("repetitions", repetitions[0], repetitions[1]), filled, finals, alreadyTranslated, withCodes);
    }
}
