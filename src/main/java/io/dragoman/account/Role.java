package io.dragoman.account;

import io.dragoman.core.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * What an account may do, each role including the ones below it: a translator looks up, searches
 * and edits units; a reviewer also reviews alignments, runs QA and edits the glossary; an admin
 * also manages memories, imports, exports, users and the audit trail. A signed-in identity carries
 * its role and every role below it, so {@code @RolesAllowed(TRANSLATOR)} admits all three.
 */
public enum Role {
    TRANSLATOR, REVIEWER, ADMIN;

    public static final String TRANSLATOR_NAME = "translator";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";

    /** The name used in the API, the database and {@code @RolesAllowed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role below it. */
    public Set<String> granted() {
        return switch (this) {
            case TRANSLATOR -> Set.of(TRANSLATOR_NAME);
            case REVIEWER -> Set.of(TRANSLATOR_NAME, REVIEWER_NAME);
            case ADMIN -> Set.of(TRANSLATOR_NAME, REVIEWER_NAME, ADMIN_NAME);
        };
    }

    /** The lower of this role and a token's ceiling. */
    public Role atMost(Role ceiling) {
        return compareTo(ceiling) <= 0 ? this : ceiling;
    }

    /** Reads a role as a client wrote it; {@code field} names the request field in the error. */
    public static Role parse(String field, String value) {
        if (value != null) {
            for (Role role : values()) {
                if (role.id().equalsIgnoreCase(value.trim())) {
                    return role;
                }
            }
        }
        throw InvalidInputException.of(field, "must be translator, reviewer or admin");
    }
}
