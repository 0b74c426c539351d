package org.standoff.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts file of a corpus directory, read and written for real. */
class AccountsFileTest {
    @TempDir
    Path directory;

    @Test
    void addIssueRevokeRemove() {
        AccountsFile accounts = AccountsFile.in(directory);
        assertThat(accounts.isEmpty()).isTrue();
        accounts.add("bob", Role.READER);
        accounts.add("alice", Role.ANNOTATOR);
        assertThat(accounts.list()).extracting(Account::name).containsExactly("alice", "bob");
        assertThat(accounts.find("alice").orElseThrow().hasToken()).isFalse();

        String token = accounts.issueToken("alice").token();
        assertThat(accounts.authenticate(token)).map(Account::name).hasValue("alice");
        accounts.revokeToken("alice");
        assertThat(accounts.authenticate(token)).isEmpty();
        assertThat(accounts.find("alice")).isPresent();

        accounts.remove("bob");
        assertThat(accounts.list()).extracting(Account::name).containsExactly("alice");
    }

    @Test
    void theFileHoldsHashesOnlyAndOnlyItsOwnerMayReadIt() throws Exception {
        AccountsFile accounts = AccountsFile.in(directory);
        accounts.add("alice", Role.ADMIN);
        String token = accounts.issueToken("alice").token();
        String content = Files.readString(accounts.file(), StandardCharsets.UTF_8);
        assertThat(content).contains("\"format\" : \"standoff-accounts/1\"").contains(Tokens.hash(token))
                .doesNotContain(token).doesNotContain(token.substring(Tokens.PREFIX.length()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(accounts.file()))).isEqualTo("rw-------");
        accounts.issueToken("alice");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(accounts.file()))).isEqualTo("rw-------");
    }

    /** What the {@code standoff user} command changes is seen by a server that already runs. */
    @Test
    void aChangeByAnotherProcessCountsOnTheNextRead() {
        AccountsFile server = AccountsFile.in(directory);
        AccountsFile command = AccountsFile.in(directory);
        assertThat(server.isEmpty()).isTrue();
        command.add("alice", Role.CURATOR);
        String token = command.issueToken("alice").token();
        assertThat(server.authenticate(token)).map(Account::role).hasValue(Role.CURATOR);
        command.remove("alice");
        assertThat(server.authenticate(token)).isEmpty();
        assertThat(server.isEmpty()).isTrue();
    }

    @Test
    void refusalsSayWhy() throws Exception {
        AccountsFile accounts = AccountsFile.in(directory);
        accounts.add("alice", Role.READER);
        assertThatThrownBy(() -> accounts.add("alice", Role.ADMIN)).hasMessage("there is already an account \"alice\"");
        assertThatThrownBy(() -> accounts.add("al ice", Role.ADMIN)).hasMessageContaining("is not an account name");
        assertThatThrownBy(() -> accounts.issueToken("nobody")).hasMessage("no account \"nobody\"");
        assertThatThrownBy(() -> accounts.remove("nobody")).hasMessage("no account \"nobody\"");
        assertThatThrownBy(() -> Role.parse("owner")).hasMessageContaining("reader, annotator, curator and admin");

        Files.writeString(accounts.file(), "{\"format\": \"standoff-accounts/1\", \"accounts\": [{\"name\": \"x\", \"role\": \"boss\"}]}");
        assertThatThrownBy(accounts::list).isInstanceOf(AccountException.class)
                .hasMessageContaining("/accounts/0").hasMessageContaining("boss");
        Files.writeString(accounts.file(), "[]");
        assertThatThrownBy(accounts::list).hasMessageContaining("is not an accounts file");
    }
}
