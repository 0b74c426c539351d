package org.standoff.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts file of a corpus directory, read and written for real: the accounts contract, and the file itself. */
class AccountsFileTest extends AccountsContract {
    @TempDir
    Path directory;

    @Override
    protected Accounts open() {
        return AccountsFile.in(directory);
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

    @Test
    void aFileThatIsNotAnAccountsFileIsRefusedWithWhere() throws Exception {
        AccountsFile accounts = AccountsFile.in(directory);
        accounts.add("alice", Role.READER);
        Files.writeString(accounts.file(), "{\"format\": \"standoff-accounts/1\", \"accounts\": [{\"name\": \"x\", \"role\": \"boss\"}]}");
        assertThatThrownBy(accounts::list).isInstanceOf(AccountException.class)
                .hasMessageContaining("/accounts/0").hasMessageContaining("boss");
        Files.writeString(accounts.file(), "[]");
        assertThatThrownBy(accounts::list).hasMessageContaining("is not an accounts file");
    }
}
