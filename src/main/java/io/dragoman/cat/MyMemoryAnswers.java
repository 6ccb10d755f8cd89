package io.dragoman.cat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dragoman.match.Fragment;
import io.dragoman.match.Match;
import io.dragoman.match.UnitMetadata;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * MyMemory's JSON shapes, as MateCat's engine reads them. {@code matches} is always a list (MyMemory
 * sometimes sends {@code ""}), and {@code last-update-date} is always set (a unit never changed
 * reports its creation). Like MyMemory, a refused request is HTTP 200 with the reason in
 * {@code responseStatus} and {@code responseDetails}.
 */
final class MyMemoryAnswers {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Best(String translatedText, double match) {
    }

    record Lookup(Best responseData, int responseStatus, String responseDetails, List<Entry> matches) {
    }

    record Write(String responseData, int responseStatus, String responseDetails, List<Entry> matches) {
    }

    record Stored(String responseData, int responseStatus, List<String> responseDetails) {
    }

    record Entry(String id, String segment, String translation, String source, String target, String quality,
                 double match, @JsonProperty("usage-count") int usageCount, String subject,
                 @JsonProperty("created-by") String createdBy, @JsonProperty("last-updated-by") String lastUpdatedBy,
                 @JsonProperty("create-date") String createDate, @JsonProperty("last-update-date") String lastUpdateDate,
                 String reference) {

        /** {@code quality} is the match's percentage, as MyMemory writes it, in a string. */
        static Entry of(Match match, ToolLookup.Pair pair) {
            UnitMetadata meta = match.metadata();
            int percent = ToolLookup.percent(match);
            OffsetDateTime updated = meta.changedAt() != null ? meta.changedAt() : meta.createdAt();
            return new Entry(Long.toString(match.unitId()), match.source(), match.target(), pair.source().tag(),
                    pair.target().tag(), Integer.toString(percent), percent / 100.0, meta.usageCount(), "All",
                    orEmpty(meta.createdBy()), orEmpty(meta.changedBy() != null ? meta.changedBy() : meta.createdBy()),
                    date(meta.createdAt()), date(updated), null);
        }

        /**
         * A fragment as a partial suggestion: the fragment's words and the words of the stored
         * translation that translate them, scored by the share of the query they cover, so that
         * MateCat lists it below every whole match and never takes it for one.
         */
        static Entry of(Fragment fragment, String query, ToolLookup.Pair pair) {
            int covered = fragment.query().codePointEnd() - fragment.query().codePointStart();
            int percent = Math.max(1, Math.min(99, Math.round(100f * covered / query.codePointCount(0, query.length()))));
            String now = date(OffsetDateTime.now(ZoneOffset.UTC));
            return new Entry(Long.toString(fragment.unitId()), fragment.source().text(), fragment.target().text(),
                    pair.source().tag(), pair.target().tag(), Integer.toString(percent), percent / 100.0,
                    fragment.units(), "All", "", "", now, now, "Dragoman fragment: «" + fragment.source().text()
                            + "» is in " + fragment.units() + (fragment.units() == 1 ? " unit" : " units")
                            + "; its translation is part of «" + fragment.translation() + "»");
        }
    }

    private MyMemoryAnswers() {
    }

    /**
     * {@code matches} as MyMemory lists them, then {@code partial} (see {@link #fragments}). The
     * best translation is a whole match's only: a fragment never fills the segment.
     */
    static Response found(List<Match> matches, ToolLookup.Pair pair, List<Entry> partial) {
        List<Entry> entries = new java.util.ArrayList<>(matches.stream().map(m -> Entry.of(m, pair)).toList());
        Best best = entries.isEmpty() ? new Best("", 0) : new Best(entries.get(0).translation(), entries.get(0).match());
        entries.addAll(partial);
        return ToolJson.ok(new Lookup(best, 200, "", entries));
    }

    /**
     * The fragments whose translated words Dragoman can mark, widest first, at most {@code count}:
     * a fragment without them would offer a whole unrelated sentence as its translation.
     */
    static List<Entry> fragments(String query, List<Fragment> fragments, ToolLookup.Pair pair, int count) {
        return fragments.stream().filter(f -> f.target() != null).map(f -> Entry.of(f, query, pair))
                .sorted(java.util.Comparator.comparingDouble(Entry::match).reversed()).limit(Math.max(1, count))
                .toList();
    }

    static Response refused(int status, String details) {
        return ToolJson.ok(new Lookup(new Best("", 0), status, details, List.of()));
    }

    /** {@code set} without a token, {@code update} and {@code delete_by_id}: answered, nothing written. */
    static Response notWritten() {
        return ToolJson.ok(new Write("OK", 200,
                "NOT STORED: send an API token as key to store translations with set", List.of()));
    }

    /** {@code set} stored the pair as the unit {@code id}. */
    static Response stored(long id) {
        return ToolJson.ok(new Stored("OK", 200, List.of(String.valueOf(id))));
    }

    private static String date(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).format(DATE);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
