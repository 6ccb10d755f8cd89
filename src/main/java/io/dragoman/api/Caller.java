package io.dragoman.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in user of a request: the author of what it writes, never a header the client sets. */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    String name() {
        return identity.getPrincipal().getName();
    }
}
