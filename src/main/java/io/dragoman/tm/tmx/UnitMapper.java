package io.dragoman.tm.tmx;

import io.dragoman.tm.Annotation;
import io.dragoman.tm.Origin;
import io.dragoman.tm.UnitDraft;
import io.dragoman.text.LanguageTag;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a TMX unit into a Dragoman unit: picks the Arabic and the English {@code tuv}, decides
 * which is the source, and carries dates, ids, usage, props and notes over.
 *
 * <p>Which side is the source, in order: the unit's own {@code srclang}, then the header's,
 * when it names Arabic or English (by primary language: {@code en-US} counts as English); else
 * (for {@code *all*}, a missing or another language) the configured default, Arabic, Dragoman's
 * main direction. The order of the {@code tuv}s never decides: tools write them in any order.
 */
final class UnitMapper {
    /** Column widths of the unit table that TMX attributes land in. */
    private static final int MAX_TUID = 200;
    private static final int MAX_USER = 100;
    private static final int MAX_TYPE = 200;
    private static final int MAX_LANG = 35;
    private static final int MAX_FILE = 500;
    private static final int MAX_ANNOTATION = 65535;

    private final long memoryId;
    private final String file;
    private final LanguageTag fileSource;
    private final String user;
    private final OffsetDateTime importedAt;

    /**
     * Maps units of one file whose source language, from its header or the default, is
     * {@code fileSource}. A unit without a creation date is dated {@code importedAt}, to the
     * second as TMX dates are, so that exporting it gives that date back exactly.
     */
    UnitMapper(long memoryId, String file, LanguageTag fileSource, String user, OffsetDateTime importedAt) {
        this.memoryId = memoryId;
        this.file = file;
        this.fileSource = fileSource;
        this.user = user;
        this.importedAt = importedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A draft (perhaps with a problem to report; {@code dated} when the file gave it a date), a
     * reason to skip, or what makes the unit invalid.
     */
    record Mapped(UnitDraft draft, boolean dated, String skip, ImportProblem problem, String invalid) {
    }

    Mapped map(TmxUnit unit) {
        TmxVariant arabic = null;
        TmxVariant english = null;
        List<String> dropped = new ArrayList<>();
        for (TmxVariant v : unit.variants()) {
            if (v.lang() != null && v.lang().isArabic() && arabic == null) {
                arabic = v;
            } else if (v.lang() != null && v.lang().isEnglish() && english == null) {
                english = v;
            } else if (v.lang() != null) {
                dropped.add(v.lang().tag());
            }
        }
        if (arabic == null && english == null) {
            return skip(unit, "no-arabic-english", "the unit has neither an Arabic nor an English <tuv>");
        }
        if (arabic == null || english == null || arabic.text().isBlank() || english.text().isBlank()) {
            String missing = arabic == null || arabic.text().isBlank() ? "Arabic" : "English";
            return skip(unit, "one-sided", "the unit has no " + missing + " text");
        }
        boolean arabicSource = source(unit).isArabic();
        TmxVariant source = arabicSource ? arabic : english;
        TmxVariant target = arabicSource ? english : arabic;
        String tooLong = tooLong(unit, source, target);
        if (tooLong != null) {
            return new Mapped(null, false, null, null, tooLong);
        }
        ImportProblem problem = dropped.isEmpty() ? null : problem(unit, "languages-dropped",
                "kept " + source.lang() + " and " + target.lang() + "; dropped "
                        + dropped.stream().collect(Collectors.joining(", ")));
        TmxDetails d = TmxDetails.firstOf(unit.details(), target.details(), source.details());
        return new Mapped(draft(unit, source, target), d.created() != null || d.changed() != null, null, problem, null);
    }

    private LanguageTag source(TmxUnit unit) {
        String own = unit.srclang();
        if (own != null && LanguageTag.isValid(own)) {
            LanguageTag tag = LanguageTag.of(own);
            if (tag.isArabic() || tag.isEnglish()) {
                return tag;
            }
        }
        return fileSource;
    }

    private UnitDraft draft(TmxUnit unit, TmxVariant source, TmxVariant target) {
        TmxDetails d = TmxDetails.firstOf(unit.details(), target.details(), source.details());
        List<Annotation> annotations = new ArrayList<>(unit.annotations());
        rescope(source, "source", annotations);
        rescope(target, "target", annotations);
        String origin = file == null || file.length() <= MAX_FILE ? file : file.substring(file.length() - MAX_FILE);
        return new UnitDraft(memoryId, source.lang().tag(), target.lang().tag(), source.text(), target.text(), null,
                unit.tuid(), Origin.file(origin), d.createdBy() != null ? d.createdBy() : user,
                d.created() != null ? d.created() : importedAt,
                d.changed(), d.changedBy(), d.usageCount() == null ? 0 : d.usageCount(), d.lastUsed(), annotations);
    }

    private static void rescope(TmxVariant variant, String scope, List<Annotation> into) {
        for (Annotation a : variant.annotations()) {
            into.add(new Annotation(scope, a.kind(), a.type(), a.lang(), a.value()));
        }
    }

    /** What does not fit the unit table, which would otherwise fail the whole write. */
    private static String tooLong(TmxUnit unit, TmxVariant source, TmxVariant target) {
        TmxDetails d = TmxDetails.firstOf(unit.details(), target.details(), source.details());
        if (unit.tuid() != null && unit.tuid().length() > MAX_TUID) {
            return "tuid is longer than " + MAX_TUID + " characters";
        }
        if (longer(d.createdBy(), MAX_USER) || longer(d.changedBy(), MAX_USER)) {
            return "creationid or changeid is longer than " + MAX_USER + " characters";
        }
        List<Annotation> all = new ArrayList<>(unit.annotations());
        all.addAll(source.annotations());
        all.addAll(target.annotations());
        for (Annotation a : all) {
            if (longer(a.type(), MAX_TYPE) || longer(a.lang(), MAX_LANG) || longer(a.value(), MAX_ANNOTATION)) {
                return "a " + a.kind() + " is too long (type " + MAX_TYPE + ", language " + MAX_LANG + ", text "
                        + MAX_ANNOTATION + " characters at most)";
            }
        }
        return null;
    }

    private static boolean longer(String text, int max) {
        return text != null && text.length() > max;
    }

    private Mapped skip(TmxUnit unit, String reason, String message) {
        return new Mapped(null, false, reason, problem(unit, reason, message), null);
    }

    private ImportProblem problem(TmxUnit unit, String kind, String message) {
        return new ImportProblem(kind, file, unit.line(), unit.column(), unit.tuid(), message);
    }
}
