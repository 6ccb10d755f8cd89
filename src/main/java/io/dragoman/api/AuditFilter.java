package io.dragoman.api;

import io.dragoman.account.Identities;
import io.dragoman.account.SignedIn;
import io.dragoman.audit.AuditLog;
import io.dragoman.audit.AuditNote;
import io.dragoman.audit.Reads;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.IllegalProductException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Every write through the API lands in the audit trail when its answer leaves: done or refused,
 * with who, the token, the node, and what the resource noted it changed (AuditNote). A write that
 * nobody signed in to (401) is left out but for sign-in attempts, so a scanner cannot fill the trail.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog log;
    private final AuditNote note;
    private final CurrentIdentityAssociation identity;

    @Context
    ResourceInfo resource;

    AuditFilter(AuditLog log, AuditNote note, CurrentIdentityAssociation identity) {
        this.log = log;
        this.note = note;
        this.identity = identity;
    }

    /**
     * The method that answered, or null: when the framework refuses a request before choosing one
     * (a body type that none of a path's methods takes), the container has no resource information
     * to give and says so by throwing.
     */
    private Method resourceMethod() {
        try {
            return resource == null ? null : resource.getResourceMethod();
        } catch (IllegalProductException e) {
            return null;
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        Method method = resourceMethod();
        if (READS.contains(request.getMethod()) || !path.startsWith("/api/") || marked(method, Reads.class)) {
            return;
        }
        boolean open = marked(method, PermitAll.class);
        int status = response.getStatus();
        if (status == 401 && !open) {
            return;
        }
        String memory = request.getUriInfo().getQueryParameters().getFirst("memory");
        AuditNote.Pending entry = note.pending(request.getMethod() + " " + path, status,
                memory != null && memory.matches("\\d{1,18}") ? Long.valueOf(memory) : null);
        boolean anonymous = open || status == 401;
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // Refusals before the resource (the security check, RequestGuard) answer on the I/O thread,
            // where neither resolving the identity nor a database call may block.
            Uni<SecurityIdentity> who = anonymous ? Uni.createFrom().nullItem() : identity.getDeferredIdentity();
            who.subscribe().with(
                    signedIn -> Infrastructure.getDefaultWorkerPool().execute(() -> write(entry, signedIn)),
                    failed -> Infrastructure.getDefaultWorkerPool().execute(() -> write(entry, null)));
        } else {
            SecurityIdentity signedIn = null;
            try {
                signedIn = anonymous ? null : identity.getDeferredIdentity().await().indefinitely();
            } catch (RuntimeException notSignedIn) {
                // recorded without a user
            }
            write(entry, signedIn);
        }
    }

    private void write(AuditNote.Pending entry, SecurityIdentity identity) {
        SignedIn who = Identities.signedIn(identity);
        try {
            entry.write(log, who == null ? null : who.username(), who == null ? null : who.tokenId());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not write the audit entry for %s", entry.action());
        }
    }

    private static boolean marked(Method method, Class<? extends java.lang.annotation.Annotation> annotation) {
        return method != null && (method.isAnnotationPresent(annotation)
                || method.getDeclaringClass().isAnnotationPresent(annotation));
    }
}
