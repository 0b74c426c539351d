package org.standoff.server.auth;

import java.util.Locale;

/**
 * What an account may do. Each role includes the ones before it: a curator may do everything an
 * annotator may, an admin everything.
 */
public enum Role {
    /** Queries: documents, annotations, exports, history. */
    READER,
    /** Also creates, updates and deletes annotations and entities. */
    ANNOTATOR,
    /** Also merges and resolves annotators' work (the curation mutations). */
    CURATOR,
    /** Also imports and deletes documents, and every other mutation. Accounts are managed on the command line. */
    ADMIN;

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The lower-case name the command line and the accounts file use: {@code "annotator"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code label}, in any case. */
    public static Role parse(String label) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role \"" + label + "\"; the roles are reader, annotator, curator and admin");
    }
}
