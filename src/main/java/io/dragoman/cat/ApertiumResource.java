package io.dragoman.cat;

import io.dragoman.core.DragomanException;
import io.dragoman.match.Match;
import io.dragoman.match.MatchService;
import jakarta.ws.rs.GET;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Apertium APy's {@code listPairs} and {@code translate}, as OmegaT's Apertium connector (with
 * "custom server") and Weblate's Apertium backend call them. The "translation" is the best memory
 * match at or above {@link io.dragoman.match.MatchService#DEFAULT_MIN_SCORE}, or {@code ""} when none
 * reaches it. OmegaT writes the pair with a literal {@code |}, Weblate as {@code %7C}; both decode
 * to the same parameter. {@code /apertium/memory/{memory}} reads one memory (see {@link ToolPaths}).
 */
@Path("/apertium")
// Open to the tools, which cannot sign in: ReadableMemories takes their tokens.
@PermitAll
@Tag(name = "CAT tools")
public class ApertiumResource {
    private static final List<ApertiumAnswers.Pair> PAIRS =
            List.of(new ApertiumAnswers.Pair("ar", "en"), new ApertiumAnswers.Pair("en", "ar"));

    private final ToolLookup lookup;
    private final ReadableMemories readable;

    ApertiumResource(ToolLookup lookup, ReadableMemories readable) {
        this.lookup = lookup;
        this.readable = readable;
    }

    @GET
    @Path("listPairs")
    @Operation(summary = "The language pairs served, in APy's shape")
    public Response listPairs() {
        return ApertiumAnswers.pairs(PAIRS);
    }

    @GET
    @Path("translate")
    @Operation(summary = "The best memory match for q as APy's translatedText; \"\" when none passes the threshold")
    public Response translate(@QueryParam("q") String q, @QueryParam("langpair") String langpair,
                              @QueryParam("markUnknown") String markUnknown, @QueryParam("memory") String memory,
                              @QueryParam("key") String key) {
        if (q == null || q.isBlank()) {
            return ApertiumAnswers.failure(400, "Missing q argument");
        }
        if (langpair == null || langpair.indexOf('|') < 1) {
            return ApertiumAnswers.failure(400, "That pair is invalid, use e.g. ar|en");
        }
        Optional<ToolLookup.Pair> pair = ToolLookup.pair(langpair);
        if (pair.isEmpty()) {
            return ApertiumAnswers.failure(400, "That pair is not installed: Dragoman serves ar|en and en|ar");
        }
        try {
            List<Long> memories = readable.of(new ReadableMemories.Caller(memory, key));
            List<Match> best = lookup.find(q, pair.get(), memories, MatchService.DEFAULT_MIN_SCORE, 1);
            return ApertiumAnswers.translated(best.isEmpty() ? "" : best.get(0).target());
        } catch (DragomanException e) {
            return ApertiumAnswers.failure(e.status(), e.getMessage());
        }
    }
}
