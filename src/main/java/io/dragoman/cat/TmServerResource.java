package io.dragoman.cat;

import io.dragoman.core.InvalidInputException;
import io.dragoman.match.Match;
import jakarta.ws.rs.GET;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * amaGama's tmserver API, which Weblate's tmserver backend and Virtaal speak; {@code /api/v1} is
 * the same (see {@link ToolPaths}), as are {@code /tmserver/memory/{memory}/…} for one memory.
 * A pair Dragoman does not hold answers {@code []}: Weblate tests a new backend with
 * {@code en/de/unit/test} and would refuse one that answers 404.
 */
@Path("/tmserver")
// Open to the tools, which cannot sign in: ReadableMemories takes their tokens.
@PermitAll
@Tag(name = "CAT tools", description = "Endpoints that Weblate, Virtaal, OmegaT and MateCat already speak")
public class TmServerResource {
    static final int DEFAULT_MIN_SIMILARITY = 70;
    static final int DEFAULT_MAX_CANDIDATES = 5;

    /** The languages a tmserver matches from and to. */
    public record Languages(List<String> sourceLanguages, List<String> targetLanguages) {
    }

    /** One suggestion: {@code quality} is the match score, 0–100; amaGama's {@code rank} is the same here. */
    public record Suggestion(String source, String target, int quality, int rank) {
        static Suggestion of(Match match) {
            int percent = ToolLookup.percent(match);
            return new Suggestion(match.source(), match.target(), percent, percent);
        }
    }

    private final ToolLookup lookup;
    private final ReadableMemories readable;

    TmServerResource(ToolLookup lookup, ReadableMemories readable) {
        this.lookup = lookup;
        this.readable = readable;
    }

    @GET
    @Path("languages")
    @Operation(summary = "The languages matched from and to (Weblate reads it to offer the backend)")
    public Response languages() {
        return ToolJson.ok(new Languages(List.of("ar", "en"), List.of("ar", "en")));
    }

    @GET
    @Path("{source}/{target}/unit/{text: .+}")
    @Operation(summary = "Suggestions for the text in the path, best first")
    public Response unit(@PathParam("source") String source, @PathParam("target") String target,
                         @PathParam("text") String text,
                         @QueryParam("min_similarity") Integer minSimilarity,
                         @QueryParam("max_candidates") Integer maxCandidates,
                         @QueryParam("memory") String memory, @QueryParam("key") String key) {
        var caller = new ReadableMemories.Caller(memory, key);
        return ToolJson.ok(suggestions(text, source, target, minSimilarity, maxCandidates, caller));
    }

    @GET
    @Path("{source}/{target}/unit")
    @Operation(summary = "Suggestions for the text in ?source=, best first")
    public Response query(@PathParam("source") String source, @PathParam("target") String target,
                          @QueryParam("source") String text,
                          @QueryParam("min_similarity") Integer minSimilarity,
                          @QueryParam("max_candidates") Integer maxCandidates,
                          @QueryParam("memory") String memory, @QueryParam("key") String key) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("source", "must not be blank: the text to match, in the path or as ?source=");
        }
        var caller = new ReadableMemories.Caller(memory, key);
        return ToolJson.ok(suggestions(text, source, target, minSimilarity, maxCandidates, caller));
    }

    /** amaGama's defaults stand for an absent or empty {@code min_similarity} and {@code max_candidates}. */
    private List<Suggestion> suggestions(String text, String source, String target, Integer minSimilarity,
                                         Integer maxCandidates, ReadableMemories.Caller caller) {
        List<Long> memories = readable.of(caller);
        int min = minSimilarity == null ? DEFAULT_MIN_SIMILARITY : minSimilarity;
        int max = maxCandidates == null ? DEFAULT_MAX_CANDIDATES : maxCandidates;
        return ToolLookup.pair(source, target)
                .map(pair -> lookup.find(text, pair, memories, min, max))
                .orElse(List.of()).stream().map(Suggestion::of).toList();
    }
}
