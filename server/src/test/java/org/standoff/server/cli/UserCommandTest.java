package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.auth.AccountsFile;
import org.standoff.server.auth.People;
import org.standoff.server.auth.Role;
import org.standoff.server.auth.Tokens;

/** {@code standoff user ...} and {@code standoff serve}'s refusal to listen openly, run as a user would. */
class UserCommandTest {
    @TempDir
    Path corpus;

    @Test
    void addListTokenRemove() throws Exception {
        CommandRun add = CommandRun.of("user", "add", "alice", "--role", "annotator", "--corpus", corpus.toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        String token = add.out().strip();
        assertThat(Tokens.isWellFormed(token)).as("stdout is the token alone: " + add.out()).isTrue();
        assertThat(add.err()).contains("Added \"alice\" (annotator)").contains("shown only this once").doesNotContain(token);
        assertThat(Files.readString(corpus.resolve(AccountsFile.FILE_NAME))).doesNotContain(token);
        assertThat(AccountsFile.in(corpus).authenticate(token)).map(a -> a.role()).hasValue(Role.ANNOTATOR);

        CommandRun list = CommandRun.of("user", "list", "--corpus", corpus.toString());
        assertThat(list.out()).contains("NAME").contains("alice").contains("annotator").doesNotContain(token);

        CommandRun renewed = CommandRun.of("user", "token", "alice", "--corpus", corpus.toString());
        String second = renewed.out().strip();
        assertThat(second).isNotEqualTo(token);
        assertThat(AccountsFile.in(corpus).authenticate(token)).isEmpty();
        assertThat(AccountsFile.in(corpus).authenticate(second)).isPresent();

        CommandRun revoked = CommandRun.of("user", "token", "alice", "--revoke", "--corpus", corpus.toString());
        assertThat(revoked.exitCode()).isZero();
        assertThat(AccountsFile.in(corpus).authenticate(second)).isEmpty();
        assertThat(CommandRun.of("user", "list", "--corpus", corpus.toString()).out()).contains("(none)");

        CommandRun removed = CommandRun.of("user", "remove", "alice", "--corpus", corpus.toString());
        assertThat(removed.exitCode()).isZero();
        assertThat(AccountsFile.in(corpus).isEmpty()).isTrue();
    }

    @Test
    void mistakesAreOneLineEach() {
        CommandRun badRole = CommandRun.of("user", "add", "bob", "--role", "owner", "--corpus", corpus.toString());
        assertThat(badRole.exitCode()).isEqualTo(1);
        assertThat(badRole.err().strip()).isEqualTo("standoff user add: no role \"owner\"; the roles are reader,"
                + " annotator, curator and admin");
        CommandRun unknown = CommandRun.of("user", "remove", "nobody", "--corpus", corpus.toString());
        assertThat(unknown.err().strip()).isEqualTo("standoff user remove: no account \"nobody\"");
    }

    /** {@code standoff import} and {@code export} sign in with the token in STANDOFF_TOKEN. */
    @Test
    void theRemoteCommandsSignInWithTheTokenGiven() throws Exception {
        AccountsFile accounts = AccountsFile.in(corpus);
        accounts.add("importer", Role.ADMIN);
        String token = accounts.issueToken("importer").token();
        People people = new People(accounts, false);
        try (TestServer server = TestServer.over(TestServer.memoryStore(), ServerConfig.DEFAULT, people)) {
            String url = server.server().url("");
            assertThat(new GraphQLClient(url, token).execute("{ viewer { name } }", Map.of())
                    .at("/data/viewer/name").asText()).isEqualTo("importer");
            assertThat(new GraphQLClient(url, null).execute("{ corpus { documentCount } }", Map.of())
                    .at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void serveRefusesToListenBeyondLoopbackWithoutAccounts() {
        CommandRun serve = CommandRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--corpus", corpus.toString());
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err().strip()).startsWith("standoff serve: refusing to listen on 0.0.0.0 without accounts")
                .contains("standoff user add NAME --role admin").contains("--allow-anonymous-read")
                .doesNotContain("\n");
    }
}
