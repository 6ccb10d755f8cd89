package io.dragoman.cat;

import io.dragoman.core.DragomanException;
import io.dragoman.match.LookupResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * MyMemory's {@code get}, as MateCat's MyMemory engine calls it on the {@code base_url} of its
 * engine row: POSTed as a form ({@code q}, {@code langpair=ar-SA|en-US}, {@code de}, {@code mt},
 * {@code numres}, {@code key}, …; fields Dragoman has no use for are ignored) or as a GET with the
 * same query parameters. {@code set}, {@code update} and {@code delete_by_id} answer 200 and write
 * nothing: storing what a tool sends needs a token with write rights.
 */
@Path("/mymemory")
// Open to the tools, which cannot sign in: ReadableMemories takes their tokens.
@PermitAll
@Tag(name = "CAT tools")
public class MyMemoryResource {
    static final int DEFAULT_RESULTS = 3;
    /** MateCat shows memory matches from 50 %, where its fuzzy bands start (MyMemory answers lower ones too). */
    static final int MIN_MATCH = 50;
    private static final String INVALID_PAIR = "INVALID LANGUAGE PAIR SPECIFIED. EXAMPLE: LANGPAIR=AR-SA|EN-US";

    private final ToolLookup lookup;
    private final ReadableMemories readable;
    private final MyMemoryStore store;

    MyMemoryResource(ToolLookup lookup, ReadableMemories readable, MyMemoryStore store) {
        this.lookup = lookup;
        this.readable = readable;
        this.store = store;
    }

    @GET
    @Path("get")
    @Operation(summary = "Memory matches for q in MyMemory's shape")
    public Response get(@QueryParam("q") String q, @QueryParam("langpair") String langpair,
                        @QueryParam("numres") String numres, @QueryParam("memory") String memory,
                        @QueryParam("key") String key) {
        return answer(q, langpair, numres, new ReadableMemories.Caller(memory, key));
    }

    @POST
    @Path("get")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Memory matches for a posted form (MateCat posts multipart or urlencoded)")
    public Response post(@FormParam("q") String q, @FormParam("langpair") String langpair,
                         @FormParam("numres") String numres, @FormParam("key") String key,
                         @QueryParam("memory") String memory) {
        return answer(q, langpair, numres, new ReadableMemories.Caller(memory, key));
    }

    @GET
    @Path("set")
    @Operation(summary = "Stores seg and tra as a unit of the memory in the URL when key is an API token; answered and not written without one")
    public Response set(@QueryParam("seg") String seg, @QueryParam("tra") String tra, @QueryParam("langpair") String langpair,
                        @QueryParam("memory") String memory, @QueryParam("key") String key) {
        return store.set(seg, tra, langpair, new ReadableMemories.Caller(memory, key));
    }

    @POST
    @Path("set")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "set, posted as a form")
    public Response setPosted(@FormParam("seg") String seg, @FormParam("tra") String tra,
                              @FormParam("langpair") String langpair, @FormParam("key") String key,
                              @QueryParam("memory") String memory) {
        return store.set(seg, tra, langpair, new ReadableMemories.Caller(memory, key));
    }

    @GET
    @Path("{write: update|delete_by_id}")
    @Operation(summary = "Answered and not written: units are changed through Dragoman's own API, where edits are versioned")
    public Response write() {
        return MyMemoryAnswers.notWritten();
    }

    @POST
    @Path("{write: update|delete_by_id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Answered and not written: units are changed through Dragoman's own API, where edits are versioned")
    public Response writePosted() {
        return MyMemoryAnswers.notWritten();
    }

    private Response answer(String q, String langpair, String numres, ReadableMemories.Caller caller) {
        if (q == null || q.isBlank()) {
            return MyMemoryAnswers.refused(403, "NO QUERY SPECIFIED. EXAMPLE REQUEST: GET?Q=HELLO&LANGPAIR=AR-SA|EN-US");
        }
        int bar = langpair == null ? -1 : langpair.indexOf('|');
        if (bar < 1 || ToolLanguage.read(langpair.substring(0, bar)).isEmpty()
                || ToolLanguage.read(langpair.substring(bar + 1)).isEmpty()) {
            return MyMemoryAnswers.refused(403, INVALID_PAIR);
        }
        Optional<ToolLookup.Pair> pair = ToolLookup.pair(langpair.substring(0, bar), langpair.substring(bar + 1));
        try {
            List<Long> memories = readable.of(caller);
            if (pair.isEmpty()) {
                return MyMemoryAnswers.found(List.of(), null, List.of());
            }
            LookupResult result = lookup.findWithFragments(q, pair.get(), memories, MIN_MATCH, count(numres));
            return MyMemoryAnswers.found(result.matches(), pair.get(),
                    MyMemoryAnswers.fragments(q, result.fragments(), pair.get(), count(numres)));
        } catch (DragomanException e) {
            return MyMemoryAnswers.refused(e.status() == 404 ? 404 : 403, e.getMessage());
        }
    }

    /** MateCat's {@code numres}; anything unreadable is MateCat's own default. */
    private static int count(String numres) {
        try {
            return numres == null || numres.isBlank() ? DEFAULT_RESULTS : Integer.parseInt(numres.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_RESULTS;
        }
    }
}
