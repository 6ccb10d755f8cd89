package io.dragoman.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * What a request's write touched, noted by the resource that did it and written to the trail when
 * the response leaves (api.AuditFilter): the memory, the record, and its fields before and after.
 */
@RequestScoped
public class AuditNote {
    Long memoryId;
    String target;
    Object before;
    Object after;
    String username;

    /** The record written and its state on both sides; null where there is none (a creation's before). */
    public void changed(Long memory, String record, Object previous, Object next) {
        memoryId = memory;
        target = record;
        before = previous;
        after = next;
    }

    /**
     * Runs a write of a record whose state before the resource loaded, and notes that state beside
     * the one the write answers; returns the answer.
     */
    public <T> T change(Long memory, String record, Object previous, Supplier<T> write) {
        T next = write.get();
        changed(memory, record, previous, next);
        return next;
    }

    /** Runs the deletion of a record whose last state the resource loaded, and notes that state. */
    public void removal(Long memory, String record, Object previous, Runnable delete) {
        delete.run();
        changed(memory, record, previous, null);
    }

    /** The account a sign-in attempt named, for a request that nobody is signed in to yet. */
    public void attempted(String name) {
        username = name;
    }

    /** This request's entry, detached from the request so that it may be written on another thread. */
    public Pending pending(String action, int status, Long fallbackMemory) {
        return new Pending(username, action, status, memoryId != null ? memoryId : fallbackMemory, target, before, after);
    }

    /** An entry waiting for the signed-in user (null when nobody is) to be known. */
    public record Pending(String attempted, String action, int status, Long memoryId, String target, Object before,
                          Object after) {
        public void write(AuditLog log, String signedIn, Long tokenId) {
            log.record(signedIn != null ? signedIn : attempted, tokenId, action, status, memoryId, target, before, after);
        }
    }
}
