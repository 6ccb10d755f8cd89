package io.dragoman.qa;

import io.dragoman.tm.TextHash;
import io.dragoman.tm.UnitPair;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bilingual pair as the checks see it: a stored unit ({@code id > 0}) or an ad-hoc pair typed
 * by a translator ({@code id == 0}). Languages are canonical BCP 47 tags.
 */
public record QaUnit(long id, String sourceLang, String targetLang, String source, String target) {
    public QaUnit {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** A stored unit as the checks see it. */
    public static QaUnit of(UnitPair unit) {
        return new QaUnit(unit.id(), unit.sourceLang(), unit.targetLang(), unit.sourceText(), unit.targetText());
    }

    /** Stored units as the checks see them, by id. */
    static Map<Long, QaUnit> byId(Collection<UnitPair> units) {
        Map<Long, QaUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), of(u)));
        return byId;
    }

    public boolean sourceIsArabic() {
        return isArabic(sourceLang);
    }

    public boolean targetIsArabic() {
        return isArabic(targetLang);
    }

    /** The text of one side, {@code true} for the target. */
    public String text(boolean target) {
        return target ? this.target : source;
    }

    public String lang(boolean target) {
        return target ? targetLang : sourceLang;
    }

    /**
     * SHA-256 of both texts: an ignored finding stays ignored only while the unit reads the same,
     * so a unit edited after review is checked again.
     */
    public String contentHash() {
        return TextHash.of(source + '\u0000' + target);
    }

    private static final java.util.Set<String> CREDITS = java.util.Set.of("translator-credits", "translator_credits",
            "translator credits", "your names", "your emails", "translators");

    /** Whether this is a gettext translator-credits entry, whose "translation" lists the translators. */
    public boolean isCredits() {
        return CREDITS.contains(source.strip().toLowerCase(java.util.Locale.ROOT));
    }

    static boolean isArabic(String lang) {
        return lang.equals("ar") || lang.startsWith("ar-");
    }
}
