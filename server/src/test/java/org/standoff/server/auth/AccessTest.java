package org.standoff.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.StandoffServer;
import org.standoff.server.TestServer;

/** The access policy: who may do what without a token, and refusing to listen openly. */
class AccessTest {
    /** An address of TEST-NET-1 (RFC 5737): not loopback, parsed without a name lookup, never bound here. */
    private static final String ELSEWHERE = "192.0.2.1";

    @TempDir
    Path directory;

    @Test
    void withoutAccountsLoopbackIsOpenUnlessProxied() {
        Access access = Access.of(Accounts.NONE, "127.0.0.1", false);
        assertThat(access.viewer(null, false)).isEqualTo(Viewer.LOCAL);
        assertThat(access.viewer(null, true).role()).isNull();
        assertThat(Access.of(Accounts.NONE, "::1", false).viewer(null, false).role()).isEqualTo(Role.ADMIN);
        assertThat(Access.of(Accounts.NONE, "localhost", false).viewer(null, false).role()).isEqualTo(Role.ADMIN);
    }

    /** The README's server: open to this machine, but not to a request a proxy forwarded. */
    @Test
    void overHttpALoopbackServerWithoutAccountsRefusesProxiedEdits() {
        String delete = "mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }";
        try (TestServer server = TestServer.of(Fixtures.jiang())) {
            JsonNode proxied = TestServer.parse(server.post(delete, Map.of(), Map.of("X-Forwarded-For", "203.0.113.9")).body());
            assertThat(proxied.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
            JsonNode forwarded = TestServer.parse(server.post(delete, Map.of(), Map.of("Forwarded", "for=203.0.113.9")).body());
            assertThat(forwarded.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(server.store().get("jiang")).isPresent();

            JsonNode local = TestServer.parse(server.post(delete, Map.of(), Map.of()).body());
            assertThat(local.has("errors")).as(local.toString()).isFalse();
            assertThat(server.store().get("jiang")).isEmpty();
        }
    }

    @Test
    void listeningElsewhereWithoutAccountsIsRefusedWithOneLineNamingTheFix() {
        for (String host : new String[] {"0.0.0.0", "::", ELSEWHERE}) {
            assertThatThrownBy(() -> Access.of(Accounts.NONE, host, false))
                    .isInstanceOf(AccessException.Unprotected.class)
                    .hasMessageContaining("refusing to listen on " + host)
                    .hasMessageContaining("standoff user add NAME --role admin")
                    .hasMessageContaining("--allow-anonymous-read")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void theServerRefusesToStartBeforeItBinds() {
        assertThatThrownBy(() -> StandoffServer.start(TestServer.memoryStore(),
                ServerConfig.DEFAULT.withHost("0.0.0.0").withPort(0)))
                .isInstanceOf(AccessException.Unprotected.class);
    }

    @Test
    void anonymousReadOpensReadsOnly() {
        Access open = Access.of(Accounts.NONE, ELSEWHERE, true);
        assertThat(open.viewer(null, false)).isEqualTo(Viewer.anonymous(Role.READER));
        assertThat(open.viewer(null, false).may(Role.ANNOTATOR)).isFalse();
    }

    @Test
    void withAccountsARequestWithoutATokenMayDoNothingEvenOnLoopback() {
        AccountsFile accounts = AccountsFile.in(directory);
        accounts.add("alice", Role.ADMIN);
        String token = accounts.issueToken("alice").token();
        Access access = Access.of(accounts, ELSEWHERE, false);
        assertThat(access.viewer(null, false).role()).isNull();
        assertThat(Access.of(accounts, "127.0.0.1", false).viewer(null, false).role()).isNull();
        assertThat(Access.of(accounts, "127.0.0.1", true).viewer(null, false).role()).isEqualTo(Role.READER);
        assertThat(access.viewer("Bearer " + token, true)).isEqualTo(new Viewer("alice", Role.ADMIN));
        assertThat(access.viewer("bearer  " + token + " ", false).name()).isEqualTo("alice");
        assertThatThrownBy(() -> access.viewer("Token " + token, false)).isInstanceOf(AccessException.InvalidToken.class);
    }
}
