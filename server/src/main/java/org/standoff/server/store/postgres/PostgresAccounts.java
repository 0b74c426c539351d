package org.standoff.server.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.standoff.server.auth.Account;
import org.standoff.server.auth.AccountException;
import org.standoff.server.auth.Accounts;
import org.standoff.server.auth.Role;
import org.standoff.server.auth.Tokens;

/**
 * The accounts of a PostgreSQL corpus: the {@code accounts} table (migration
 * {@code V2__accounts.sql}), one row per account with its role and the SHA-256 of its current token.
 * Every call reads or writes the table, so what {@code standoff user … --db URL} or another server
 * changes counts on the next request of every server on that database. A revoked token leaves no
 * hash and records when it was revoked. Thread-safe.
 */
public final class PostgresAccounts implements Accounts {
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    /** The accounts of {@code database}, whose schema is migrated. */
    public PostgresAccounts(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<Account> list() {
        List<Account> accounts = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT name, role, created, token_sha256, token_issued"
                     + " FROM accounts ORDER BY name");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Timestamp issued = result.getTimestamp(5);
                accounts.add(new Account(result.getString(1), Role.parse(result.getString(2)),
                        result.getTimestamp(3).toInstant(), result.getString(4), issued == null ? null : issued.toInstant()));
            }
            return accounts;
        } catch (SQLException e) {
            throw Database.failure("reading the accounts", e);
        }
    }

    /** Compares the token's hash with every account's, in a time that says nothing about which matched ({@link Tokens#owner}). */
    @Override
    public Optional<Account> authenticate(String token) {
        return Tokens.owner(list(), token);
    }

    @Override
    public Account add(String name, Role role) {
        Account account = new Account(Account.requireValidName(name), Objects.requireNonNull(role, "role"), now(), null, null);
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (name, role, created) VALUES (?, ?, ?)")) {
            insert.setString(1, account.name());
            insert.setString(2, account.role().label());
            insert.setTimestamp(3, Timestamp.from(account.created()));
            insert.executeUpdate();
            return account;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new AccountException("there is already an account \"" + name + "\"");
            }
            throw Database.failure("adding the account \"" + name + "\"", e);
        }
    }

    @Override
    public void remove(String name) {
        change(name, "DELETE FROM accounts WHERE name = ?");
    }

    @Override
    public IssuedToken issueToken(String name) {
        String token = Tokens.generate();
        Instant issued = now();
        change(name, "UPDATE accounts SET token_sha256 = ?, token_issued = ?, token_revoked = NULL WHERE name = ?",
                Tokens.hash(token), Timestamp.from(issued));
        return new IssuedToken(find(name).orElseThrow(() -> unknown(name)), token);
    }

    @Override
    public void revokeToken(String name) {
        change(name, "UPDATE accounts SET token_sha256 = NULL, token_issued = NULL, token_revoked = ? WHERE name = ?",
                Timestamp.from(now()));
    }

    /** Runs {@code sql} with {@code values} and then the account's name; no row changed is an unknown account. */
    private void change(String name, String sql, Object... values) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.setString(values.length + 1, name);
            if (statement.executeUpdate() == 0) {
                throw unknown(name);
            }
        } catch (SQLException e) {
            throw Database.failure("changing the account \"" + name + "\"", e);
        }
    }

    private static AccountException unknown(String name) {
        return new AccountException("no account \"" + name + "\"");
    }

    /** Now, to the microsecond a timestamptz keeps, so an account reads back as it was made. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
