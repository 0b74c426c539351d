package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.standoff.core.validation.Validator;
import org.standoff.server.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.server.auth.Account;
import org.standoff.server.auth.Accounts;
import org.standoff.server.auth.AccountsContract;
import org.standoff.server.auth.Role;
import org.standoff.server.auth.Tokens;
import org.standoff.server.cli.CommandRun;

/**
 * The accounts of the PostgreSQL store, in its {@code accounts} table on a real PostgreSQL (a fresh
 * database per test): the accounts contract, the table, {@code standoff user --db} and {@code serve --db}.
 */
class PostgresAccountsTest extends AccountsContract {
    private final List<Database> opened = new ArrayList<>();
    private String url;

    @BeforeEach
    void createDatabase() {
        url = TestDatabase.create();
        connect().migrate();
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Override
    protected Accounts open() {
        return new PostgresAccounts(connect());
    }

    private Database connect() {
        Database database = Database.open(new DatabaseUrl(url, null, null), 2);
        opened.add(database);
        return database;
    }

    @Test
    void theTableHoldsHashesOnlyAndWhenATokenWasRevoked() throws Exception {
        Database database = connect();
        PostgresAccounts accounts = new PostgresAccounts(database);
        accounts.add("alice", Role.ADMIN);
        String token = accounts.issueToken("alice").token();
        assertThat(row(database)).isEqualTo("alice|admin|" + Tokens.hash(token) + "|false");
        accounts.revokeToken("alice");
        assertThat(row(database)).isEqualTo("alice|admin|null|true");
        accounts.issueToken("alice");
        assertThat(row(database)).startsWith("alice|admin|").endsWith("|false").doesNotContain(token);
    }

    private static String row(Database database) throws Exception {
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT name, role, token_sha256, token_revoked IS NOT NULL FROM accounts")) {
            assertThat(result.next()).isTrue();
            String row = result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|" + result.getBoolean(4);
            assertThat(result.next()).isFalse();
            return row;
        }
    }

    /** {@code standoff user … --db URL} keeps the accounts in the database, migrating its schema first. */
    @Test
    void theUserCommandWritesToTheDatabase() {
        String fresh = TestDatabase.create();
        CommandRun add = CommandRun.of("user", "add", "alice", "--role", "curator", "--db", fresh);
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.err()).contains("Added \"alice\" (curator) to the database");
        String token = add.out().strip();
        url = fresh;
        PostgresAccounts accounts = new PostgresAccounts(connect());
        assertThat(accounts.authenticate(token)).map(Account::name).hasValue("alice");

        CommandRun list = CommandRun.of("user", "list", "--db", fresh);
        assertThat(list.out()).contains("alice").contains("curator").doesNotContain(token);
        assertThat(CommandRun.of("user", "token", "alice", "--revoke", "--db", fresh).exitCode()).isZero();
        assertThat(accounts.authenticate(token)).isEmpty();
        assertThat(CommandRun.of("user", "remove", "alice", "--db", fresh).exitCode()).isZero();
        assertThat(accounts.isEmpty()).isTrue();

        CommandRun both = CommandRun.of("user", "list", "--db", fresh, "--corpus", "x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give --corpus DIR or --db URL, not both");
    }

    /** {@code serve --db} signs in with the database's accounts and answers {@code history} from its {@code edits} table. */
    @Test
    void serveWithADatabaseUsesItsAccountsAndItsHistory() throws Exception {
        Database database = connect();
        DatabaseImport importer = new DatabaseImport(database, Validator::validate);
        importer.add("jiang", Fixtures.jiang(), List.of());
        importer.finish();
        CommandRun add = CommandRun.of("user", "add", "ada", "--role", "admin", "--db", url);
        assertThat(add.exitCode()).as(add.err()).isZero();
        String token = add.out().strip();
        try (ServerProcess server = ServerProcess.start("--db", url, "--db-pool-size", "2")) {
            assertThat(server.graphql("{ viewer { name role } }", Map.of(), token).at("/data/viewer").toString())
                    .isEqualTo("{\"name\":\"ada\",\"role\":\"ADMIN\"}");
            assertThat(server.graphql("mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }", Map.of())
                    .at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(server.graphql("mutation { deleteDocument(id: \"jiang\", expectedVersion: 1) { version } }", Map.of(), token)
                    .at("/data/deleteDocument/version").asLong()).isZero();
            JsonNode history = server.graphql("{ history(documentId: \"jiang\") { edges { node { author version operation } } } }",
                    Map.of(), token).at("/data/history/edges");
            assertThat(history.toString()).isEqualTo("[{\"node\":{\"author\":\"anonymous\",\"version\":1,\"operation\":\"db import\"}},"
                    + "{\"node\":{\"author\":\"ada\",\"version\":0,\"operation\":\"deleteDocument\"}}]");
        }
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT actor FROM edits WHERE operation = 'deleteDocument'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("ada");
        }
    }
}
