package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.match.ConcordanceHit;
import io.dragoman.match.MatchService;
import io.dragoman.tm.MemoryResolver;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/concordance")
@RolesAllowed(Role.TRANSLATOR_NAME)
@Tag(name = "Concordance", description = "Phrase search inside the memory, on normalised text")
public class ConcordanceResource {
    private final MatchService matches;
    private final MemoryResolver memories;

    ConcordanceResource(MatchService matches, MemoryResolver memories) {
        this.matches = matches;
        this.memories = memories;
    }

    /** Open without signing in for the public memories it names. */
    @PermitAll
    @GET
    @Operation(summary = "Units whose text in lang (either side when absent) contains the phrase q, with the hits highlighted")
    public Page<ConcordanceHit> search(@QueryParam("q") String phrase,
                                       @QueryParam("lang") String lang,
                                       @Parameter(description = MemoryParameter.LOOKUP)
                                       @QueryParam("memory") List<String> memory,
                                       @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return matches.concordance(phrase, lang, memories.requireAll("memory", memory), PageRequest.of(page, size));
    }
}
