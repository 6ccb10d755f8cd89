package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.dragoman.match.LookupResult;
import io.dragoman.match.MatchService;
import io.dragoman.tm.MemoryResolver;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/lookup")
@RolesAllowed(Role.TRANSLATOR_NAME)
@Tag(name = "Lookup", description = "Fuzzy matches for a segment, from either side of the memory")
public class LookupResource {
    private final MatchService matches;
    private final MemoryResolver memories;

    LookupResource(MatchService matches, MemoryResolver memories) {
        this.matches = matches;
        this.memories = memories;
    }

    /** Open without signing in for the public memories it names (then without the glossary's terms). */
    @PermitAll
    @GET
    @Operation(summary = "Matches for the text in q, ranked, with the glossary terms it contains")
    public LookupResult get(@BeanParam LookupRequest.Query query) {
        LookupResult result = lookup(query.request(), "memory");
        return memories.anonymous() ? result.withoutTerms() : result;
    }

    @POST
    @io.dragoman.audit.Reads
    @Operation(summary = "Matches for a segment sent as JSON (long texts, previous segment)")
    public LookupResult post(@NotNull LookupRequest request) {
        return lookup(request, "memories");
    }

    /** GET and POST alike; {@code memoryField} is the name the request gave the memories. */
    private LookupResult lookup(LookupRequest request, String memoryField) {
        return matches.lookup(request.text(), request.sourceLang(), request.targetLang(),
                memories.requireAll(memoryField, request.memories()), request.minScore(), request.maxResults(),
                request.previous());
    }
}
