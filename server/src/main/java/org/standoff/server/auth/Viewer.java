package org.standoff.server.auth;

/**
 * Who sent a request, as far as the server knows: a signed-in account, or an anonymous visitor with the
 * role the {@link Access} policy grants without a token.
 *
 * @param name the account's name, or {@code null} for an anonymous visitor
 * @param role what the viewer may do, or {@code null} when nothing
 */
public record Viewer(String name, Role role) {
    /** The name edits made without an account are recorded under. */
    public static final String ANONYMOUS = "anonymous";

    /** An anonymous visitor who may do everything: a loopback server without accounts, or an in-process caller. */
    public static final Viewer LOCAL = new Viewer(null, Role.ADMIN);

    /** The viewer signed in as {@code account}. */
    public static Viewer of(Account account) {
        return new Viewer(account.name(), account.role());
    }

    /** An anonymous visitor granted {@code role} (or nothing, when null). */
    public static Viewer anonymous(Role role) {
        return new Viewer(null, role);
    }

    public boolean isAnonymous() {
        return name == null;
    }

    /** Whether the viewer may do what {@code needed} may. */
    public boolean may(Role needed) {
        return role != null && role.includes(needed);
    }

    /** The name an edit by this viewer is recorded under: the account's, else {@value #ANONYMOUS}. */
    public String author() {
        return name == null ? ANONYMOUS : name;
    }
}
