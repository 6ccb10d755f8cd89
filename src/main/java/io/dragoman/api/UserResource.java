package io.dragoman.api;

import io.dragoman.account.AccountService;
import io.dragoman.account.AccountView;
import io.dragoman.account.Role;
import io.dragoman.audit.AuditNote;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, for admins: create, change role or password, disable, delete; the last enabled admin stays. Nothing here shows a password hash. */
@Path("/api/users")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Users", description = "Accounts and their roles (admins only)")
public class UserResource {
    public record NewUser(String username, String password, String role) {
    }

    /** Fields left out stay as they are. */
    public record UserChange(String role, Boolean disabled, String password) {
    }

    private final AccountService accounts;
    private final AuditNote note;
    private final SecurityIdentity identity;

    UserResource(AccountService accounts, AuditNote note, SecurityIdentity identity) {
        this.accounts = accounts;
        this.note = note;
        this.identity = identity;
    }

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    public Response create(@NotNull NewUser request, @Context UriInfo uri) {
        AccountView created = accounts.create(request.username(), request.password(),
                Role.parse("role", request.role()), identity.getPrincipal().getName());
        note.changed(null, "user " + created.id(), null, created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PATCH
    @Path("{id}")
    public AccountView change(@PathParam("id") long id, @NotNull UserChange request) {
        AccountView before = accounts.get(id).view();
        AccountView after = accounts.update(id, request.role() == null ? null : Role.parse("role", request.role()),
                request.disabled(), request.password());
        note.changed(null, "user " + id, before, after);
        return after;
    }

    /** Removes the account, its tokens and sessions, and its memberships; its past writes keep its name. */
    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        note.changed(null, "user " + id, accounts.delete(id), null);
    }
}
