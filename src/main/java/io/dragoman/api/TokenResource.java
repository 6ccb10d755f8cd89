package io.dragoman.api;

import io.dragoman.account.Identities;
import io.dragoman.account.Role;
import io.dragoman.account.TokenService;
import io.dragoman.account.TokenView;
import io.dragoman.audit.AuditNote;
import io.dragoman.tm.MemoryResolver;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in user's API tokens, for CAT tools, CI jobs and scripts ({@code Authorization: Bearer}).
 * The secret is in the answer to POST only; the token acts with the lower of its owner's role and its own.
 */
@Path("/api/tokens")
@RolesAllowed(Role.TRANSLATOR_NAME)
@Tag(name = "Tokens", description = "Your API tokens")
public class TokenResource {
    /**
     * role: the token's ceiling (default: your role); expiresAt: ISO-8601 (default: 90 days from now);
     * memory: the id or name of the memory a CAT tool reads with this token when it names none
     * (default: every memory you may read).
     */
    public record NewToken(String name, String role, OffsetDateTime expiresAt, String memory) {
    }

    private final TokenService tokens;
    private final MemoryResolver memories;
    private final AuditNote note;
    private final SecurityIdentity identity;

    TokenResource(TokenService tokens, MemoryResolver memories, AuditNote note, SecurityIdentity identity) {
        this.tokens = tokens;
        this.memories = memories;
        this.note = note;
        this.identity = identity;
    }

    @GET
    public List<TokenView> list() {
        return tokens.list(identity.getPrincipal().getName()).stream().map(this::named).toList();
    }

    @POST
    public Response create(@NotNull NewToken request, @Context UriInfo uri) {
        Long memory = request.memory() == null || request.memory().isBlank() ? null
                : memories.require("memory", request.memory()).id();
        TokenView created = named(tokens.create(Identities.signedIn(identity), request.name(),
                request.role() == null ? null : Role.parse("role", request.role()), request.expiresAt(), memory));
        note.changed(null, "token " + created.id(), null, created.withoutSecret());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public TokenView revoke(@PathParam("id") long id) {
        TokenView revoked = named(tokens.revoke(identity.getPrincipal().getName(), id));
        note.changed(null, "token " + id, null, revoked);
        return revoked;
    }

    private TokenView named(TokenView token) {
        return token.memoryId() == null ? token
                : token.withMemoryName(memories.find(token.memoryId().toString()).map(MemoryResolver.Resolved::name)
                        .orElse(null));
    }
}
