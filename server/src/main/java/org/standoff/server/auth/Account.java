package org.standoff.server.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person (or a program) that may sign in: a name, a role and the hash of its current token.
 *
 * @param name        1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter or
 *                    digit; it names the annotator in provenance and history
 * @param role        what the account may do
 * @param created     when the account was added
 * @param tokenSha256 the lower-case hex SHA-256 of its token ({@link Tokens#hash}), or {@code null} when it
 *                    has none (never issued, or revoked)
 * @param tokenIssued when that token was issued, or {@code null} with it
 */
public record Account(String name, Role role, Instant created, String tokenSha256, Instant tokenIssued) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Account {
        requireValidName(name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(created, "created");
        if ((tokenSha256 == null) != (tokenIssued == null)) {
            throw new IllegalArgumentException("a token hash and its issue time come together");
        }
        if (tokenSha256 != null && !Tokens.isHash(tokenSha256)) {
            throw new IllegalArgumentException("not a token hash: \"" + tokenSha256 + "\"");
        }
    }

    /** {@code name}, when it is a valid account name; else an IllegalArgumentException saying what is allowed. */
    public static String requireValidName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not an account name: use 1 to 64 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    /** Whether the account has a token it can sign in with. */
    public boolean hasToken() {
        return tokenSha256 != null;
    }

    /** This account with another token hash (or none). */
    public Account withToken(String sha256, Instant issued) {
        return new Account(name, role, created, sha256, issued);
    }
}
