package io.dragoman.cat;

import io.dragoman.match.LookupResult;
import io.dragoman.match.Match;
import io.dragoman.match.MatchConfig;
import io.dragoman.match.MatchService;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The lookup every connector makes: the same engine and normalisation as {@code /api/lookup}, for
 * a language pair Dragoman holds, with the tools' thresholds and counts brought into its range.
 */
@ApplicationScoped
class ToolLookup {
    /** A source and target language Dragoman can match between. */
    record Pair(LanguageTag source, LanguageTag target) {
    }

    private final MatchService matches;
    private final MatchConfig config;

    ToolLookup(MatchService matches, MatchConfig config) {
        this.matches = matches;
        this.config = config;
    }

    /** The pair a tool's {@code langpair} ({@code ar|en}, {@code ar-SA|en-US}) names, when Dragoman holds it. */
    static Optional<Pair> pair(String langpair) {
        int bar = langpair == null ? -1 : langpair.indexOf('|');
        return bar < 1 ? Optional.empty() : pair(langpair.substring(0, bar), langpair.substring(bar + 1));
    }

    /** The pair the two codes name, when Dragoman holds it (Arabic and English, either way). */
    static Optional<Pair> pair(String source, String target) {
        Optional<LanguageTag> from = ToolLanguage.read(source);
        Optional<LanguageTag> to = ToolLanguage.read(target);
        if (from.isEmpty() || to.isEmpty() || !ToolLanguage.servable(from.get(), to.get())) {
            return Optional.empty();
        }
        return Optional.of(new Pair(from.get(), to.get()));
    }

    /**
     * Matches of {@code text}, best first. A threshold outside 1–100 and a count outside
     * 1–{@code dragoman.match.max-results} are brought to the nearest bound: a tool's setting is no
     * reason to refuse a translator their matches.
     *
     * @throws io.dragoman.core.DragomanException when the text is blank or too long
     */
    List<Match> find(String text, Pair pair, Collection<Long> memories, int minScore, int maxResults) {
        int min = Math.max(1, Math.min(100, minScore));
        int max = Math.max(1, Math.min(config.maxResults(), maxResults));
        return matches.matches(text, pair.source().tag(), pair.target().tag(), memories, min, max, null);
    }

    /**
     * As {@link #find}, with the lookup's fragments when no unit reaches {@code minScore}: for the
     * tools whose answer has room for a partial suggestion.
     */
    LookupResult findWithFragments(String text, Pair pair, Collection<Long> memories, int minScore, int maxResults) {
        int min = Math.max(1, Math.min(100, minScore));
        int max = Math.max(1, Math.min(config.maxResults(), maxResults));
        return matches.lookup(text, pair.source().tag(), pair.target().tag(), memories, min, max, null);
    }

    /** A match's score as the tools read it: a percentage, so an in-context 101 reads 100. */
    static int percent(Match match) {
        return Math.min(100, match.score());
    }
}
