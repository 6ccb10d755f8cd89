package io.dragoman.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Whom a request reads and writes memories as, and the {@link MemoryScope} that gives it, read
 * from the database once per request. Usually the signed-in user; a CAT tool that carries its
 * token in the URL or a form is anonymous to Quarkus security, so its connector names the token's
 * owner here ({@link #actAs}).
 */
@RequestScoped
public class RequestAccess {
    private final SecurityIdentity identity;
    private final MemoryAccess access;
    private SignedIn actingAs;
    private MemoryScope scope;

    RequestAccess(SecurityIdentity identity, MemoryAccess access) {
        this.identity = identity;
        this.access = access;
    }

    /** The request acts as the owner of a token that the connector resolved itself. */
    public void actAs(SignedIn who) {
        actingAs = who;
        scope = null;
    }

    /** True when nobody is signed in to the request and no connector named a token's owner. */
    public boolean anonymous() {
        return actingAs == null && Identities.signedIn(identity) == null;
    }

    public MemoryScope scope() {
        if (scope == null) {
            scope = access.scopeOf(actingAs != null ? actingAs : Identities.signedIn(identity));
        }
        return scope;
    }
}
