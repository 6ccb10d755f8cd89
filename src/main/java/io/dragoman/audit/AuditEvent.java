package io.dragoman.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** One audited write, as stored; see {@link AuditEntry} for what each field means. */
@Entity
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(length = 100)
    public String username;

    public Long tokenId;

    @Column(nullable = false, length = 64)
    public String node;

    @Column(nullable = false, length = 200)
    public String action;

    @Column(nullable = false)
    public int status;

    public Long memoryId;

    @Column(length = 200)
    public String target;

    @Column(length = 65535)
    public String changes;

    AuditEntry entry() {
        return new AuditEntry(id, at, username, tokenId, node, action, status, memoryId, target, changes);
    }
}
