package org.standoff.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Accounts}, run against both stores' accounts (the directory store's file and
 * the PostgreSQL store's table). A subclass says how to open the accounts of one fresh corpus; two
 * opens are two processes (a server and the {@code standoff user} command) over the same accounts.
 */
public abstract class AccountsContract {

    /** The accounts of the corpus this test made, opened anew on every call. */
    protected abstract Accounts open();

    @Test
    void addIssueRevokeRemove() {
        Accounts accounts = open();
        assertThat(accounts.isEmpty()).isTrue();
        accounts.add("bob", Role.READER);
        Account alice = accounts.add("alice", Role.ANNOTATOR);
        assertThat(accounts.list()).extracting(Account::name).containsExactly("alice", "bob");
        assertThat(accounts.find("alice")).hasValue(alice);
        assertThat(accounts.find("alice").orElseThrow().hasToken()).isFalse();

        Accounts.IssuedToken issued = accounts.issueToken("alice");
        assertThat(accounts.authenticate(issued.token())).hasValue(issued.account());
        assertThat(accounts.authenticate(Tokens.generate())).isEmpty();
        assertThat(accounts.authenticate("garbled")).isEmpty();
        accounts.revokeToken("alice");
        assertThat(accounts.authenticate(issued.token())).isEmpty();
        assertThat(accounts.find("alice")).isPresent();
        String renewed = accounts.issueToken("alice").token();
        assertThat(accounts.authenticate(renewed)).map(Account::role).hasValue(Role.ANNOTATOR);

        accounts.remove("bob");
        assertThat(accounts.list()).extracting(Account::name).containsExactly("alice");
    }

    /** What the {@code standoff user} command changes is seen by a server that already runs. */
    @Test
    void aChangeByAnotherProcessCountsOnTheNextRead() {
        Accounts server = open();
        Accounts command = open();
        assertThat(server.isEmpty()).isTrue();
        command.add("alice", Role.CURATOR);
        String token = command.issueToken("alice").token();
        assertThat(server.authenticate(token)).map(Account::role).hasValue(Role.CURATOR);
        command.remove("alice");
        assertThat(server.authenticate(token)).isEmpty();
        assertThat(server.isEmpty()).isTrue();
    }

    @Test
    void refusalsSayWhy() {
        Accounts accounts = open();
        accounts.add("alice", Role.READER);
        assertThatThrownBy(() -> accounts.add("alice", Role.ADMIN)).isInstanceOf(AccountException.class)
                .hasMessage("there is already an account \"alice\"");
        assertThatThrownBy(() -> accounts.add("al ice", Role.ADMIN)).hasMessageContaining("is not an account name");
        assertThatThrownBy(() -> accounts.issueToken("nobody")).hasMessage("no account \"nobody\"");
        assertThatThrownBy(() -> accounts.revokeToken("nobody")).hasMessage("no account \"nobody\"");
        assertThatThrownBy(() -> accounts.remove("nobody")).hasMessage("no account \"nobody\"");
        assertThatThrownBy(() -> Role.parse("owner")).hasMessageContaining("reader, annotator, curator and admin");
    }
}
