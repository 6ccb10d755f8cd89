package io.dragoman.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Segmentation rules as read from an SRX 2.0 file: named rule lists and the map that chooses them
 * by language. Patterns are compiled with Unicode character classes, as SRX's ICU regular
 * expressions are.
 *
 * <p>One extension: a {@code languagemap} that names {@value #ICU}, a rule list the file does not
 * define, lets ICU4J's sentence iterator propose breaks for the matching languages; the SRX rules
 * that apply still decide first, ICU only where none of them matched.
 */
public record SrxRules(boolean cascade, Map<String, List<Rule>> languageRules, List<LanguageMap> maps) {
    public static final String ICU = "ICU";
    static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    public SrxRules {
        languageRules = Map.copyOf(new LinkedHashMap<>(languageRules));
        maps = List.copyOf(maps);
        for (LanguageMap map : maps) {
            if (!map.isIcu(languageRules) && !languageRules.containsKey(map.ruleName())) {
                throw new IllegalArgumentException("languagemap names the undefined languagerule '"
                        + map.ruleName() + "'");
            }
        }
    }

    /** {@code <rule break="yes|no">}: a break (or an exception) between two patterns. */
    public record Rule(boolean breaks, Pattern before, Pattern after) {
        public Rule {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        public static Rule of(boolean breaks, String before, String after) {
            return new Rule(breaks, Pattern.compile(before == null ? "" : before, FLAGS),
                    Pattern.compile(after == null ? "" : after, FLAGS));
        }
    }

    /** {@code <languagemap>}: languages whose tag matches {@code pattern} use {@code ruleName}. */
    public record LanguageMap(Pattern pattern, String ruleName) {
        public static LanguageMap of(String pattern, String ruleName) {
            return new LanguageMap(Pattern.compile(pattern, FLAGS | Pattern.CASE_INSENSITIVE), ruleName);
        }

        /** A file may define its own rule list named ICU; then the name means that list. */
        boolean isIcu(Map<String, List<Rule>> defined) {
            return ICU.equals(ruleName) && !defined.containsKey(ruleName);
        }
    }

    /** The rules for one language, in order, and whether ICU4J proposes breaks as a last resort. */
    public record RuleSet(List<Rule> rules, boolean icu) {
        public RuleSet {
            rules = List.copyOf(rules);
        }
    }

    /**
     * Chooses the rules for a BCP 47 tag: the first matching map, or with {@code cascade} every
     * matching map in order.
     */
    public RuleSet forLanguage(String tag) {
        List<Rule> rules = new ArrayList<>();
        boolean icu = false;
        for (LanguageMap map : maps) {
            if (!map.pattern().matcher(tag).matches()) {
                continue;
            }
            if (map.isIcu(languageRules)) {
                icu = true;
            } else {
                rules.addAll(languageRules.get(map.ruleName()));
            }
            if (!cascade) {
                break;
            }
        }
        return new RuleSet(rules, icu);
    }
}
