package org.standoff.server.auth;

import java.util.List;
import java.util.Optional;

/**
 * The accounts of a corpus: who may sign in, with which role and token. The directory store keeps
 * them in a file of the corpus directory ({@link AccountsFile}); a database store keeps them in a
 * table. Implementations are thread-safe, and a change made by another process (the
 * {@code standoff user} command while the server runs) takes effect on the next request.
 */
public interface Accounts {

    /** No accounts, and none can be added: a server in memory, or a library user's. */
    Accounts NONE = new Accounts() {
        @Override
        public List<Account> list() {
            return List.of();
        }

        @Override
        public Optional<Account> authenticate(String token) {
            return Optional.empty();
        }

        @Override
        public Account add(String name, Role role) {
            throw new AccountException("this server keeps no accounts");
        }

        @Override
        public void remove(String name) {
            throw new AccountException("no account \"" + name + "\"");
        }

        @Override
        public IssuedToken issueToken(String name) {
            throw new AccountException("no account \"" + name + "\"");
        }

        @Override
        public void revokeToken(String name) {
            throw new AccountException("no account \"" + name + "\"");
        }
    };

    /** Every account, ordered by name. */
    List<Account> list();

    /** Whether there are no accounts (then the access policy decides alone; see {@link Access}). */
    default boolean isEmpty() {
        return list().isEmpty();
    }

    /** The account named {@code name}, if there is one. */
    default Optional<Account> find(String name) {
        return list().stream().filter(account -> account.name().equals(name)).findFirst();
    }

    /**
     * The account whose current token is {@code token}; empty for a malformed, unknown or revoked one.
     * Its time does not depend on how much of a stored token {@code token} matches.
     */
    Optional<Account> authenticate(String token);

    /**
     * Adds an account without a token.
     *
     * @throws AccountException when the name is taken
     */
    Account add(String name, Role role);

    /**
     * Removes an account; its token stops working.
     *
     * @throws AccountException when there is no such account
     */
    void remove(String name);

    /**
     * Issues a new token for the account, replacing (revoking) the one it had. The token itself is in
     * the answer only; what is kept is its hash.
     *
     * @throws AccountException when there is no such account
     */
    IssuedToken issueToken(String name);

    /**
     * Revokes the account's token; the account stays, and can get a new token.
     *
     * @throws AccountException when there is no such account
     */
    void revokeToken(String name);

    /** A token just issued, shown once: the account it signs in as, and the token. */
    record IssuedToken(Account account, String token) {
        @Override
        public String toString() {
            return "IssuedToken[" + account.name() + "]";
        }
    }
}
