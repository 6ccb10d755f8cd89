package io.dragoman.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/**
 * An audited write: who ({@code username}, null when nobody signed in) through which token
 * ({@code tokenId}, null for a password or the command line), from which {@code node}, what
 * ({@code action}: method and path, or the command), its HTTP {@code status} (0 on the command
 * line), the memory and record it touched, and {@code changes}: a JSON object with the fields
 * before and after where the write knows them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(Long id, OffsetDateTime at, String username, Long tokenId, String node, String action,
                         int status, Long memoryId, String target, @JsonRawValue String changes) {
}
