package io.dragoman.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The signed-in user as Quarkus security carries it, and back. */
public final class Identities {
    private static final String SIGNED_IN = "dragoman.signed-in";
    private static final String VIA = "dragoman.via";

    private Identities() {
    }

    static SecurityIdentity of(SignedIn signedIn, String via) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(signedIn.username()))
                .addRoles(signedIn.role().granted())
                .addAttribute(SIGNED_IN, signedIn)
                .addAttribute(VIA, via)
                .build();
    }

    /** Who the request acts as; null when it is anonymous. */
    public static SignedIn signedIn(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(SIGNED_IN);
    }
}
