package org.standoff.server.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.standoff.server.store.StoreException;

/**
 * A PostgreSQL database holding a Standoff corpus: a pool of connections (HikariCP) and the schema's
 * migrations (Flyway, shipped in the jar under {@value #MIGRATIONS}). Opening checks that the database
 * answers, so a database that is down at start is one clear {@link StoreException.Unavailable}; a
 * schema newer than this program's is refused rather than used. Thread-safe.
 */
public final class Database implements AutoCloseable {
    /** Where the migrations are, on the classpath. */
    public static final String MIGRATIONS = "classpath:org/standoff/server/store/postgres/migration";

    private final HikariDataSource pool;
    private final DatabaseUrl url;

    private Database(HikariDataSource pool, DatabaseUrl url) {
        this.pool = pool;
        this.url = url;
    }

    /**
     * Connects to {@code url} with at most {@code poolSize} connections.
     *
     * @throws StoreException.Unavailable when the database cannot be reached or refuses the sign-in
     */
    public static Database open(DatabaseUrl url, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setPoolName("standoff");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        // fail soon when the database is gone: a request answers UNAVAILABLE in about 5 s, not 30
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", "3");
        config.addDataSourceProperty("socketTimeout", "30");
        config.addDataSourceProperty("ApplicationName", "standoff");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource pool = new HikariDataSource(config);
        Database database = new Database(pool, url);
        try (Connection connection = pool.getConnection()) {
            connection.isValid(2);
        } catch (SQLException e) {
            pool.close();
            throw unavailable("cannot connect to the database " + url, e);
        }
        return database;
    }

    /** A pooled connection; an unreachable database is {@link StoreException.Unavailable}. */
    Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw unavailable("the database " + url + " cannot be reached", e);
        }
    }

    /** The database's address, without the password. */
    public DatabaseUrl url() {
        return url;
    }

    /**
     * Creates the schema or upgrades it to this program's latest version, and returns a line saying
     * what was done.
     *
     * @throws StoreException.Unavailable when the database's schema is newer than this program's
     */
    public String migrate() {
        Flyway flyway = flyway();
        refuseNewerSchema(flyway.info());
        MigrateResult result = flyway.migrate();
        String now = result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
        String done = result.migrationsExecuted == 0
                ? "the schema is up to date (version " + now + ")"
                : "applied " + result.migrationsExecuted + " migration(s); the schema is at version " + now;
        int built = buildDeferredIndexes();
        return built == 0 ? done : done + "; built the " + built + " key(s) and index(es) an unfinished import had set aside";
    }

    /**
     * Builds the keys and indexes a bulk import set aside ({@link DeferredIndexes}), if any: at the end
     * of the import, or at the next migration when the import stopped before its end. Returns how many.
     */
    int buildDeferredIndexes() {
        try (Connection connection = connection()) {
            if (!DeferredIndexes.pending(connection)) {
                return 0;
            }
            connection.setAutoCommit(false);
            // building an index of a large table takes minutes: no socket timeout (the pool restores it)
            connection.setNetworkTimeout(Runnable::run, 0);
            try {
                int built = DeferredIndexes.build(connection);
                connection.commit();
                return built;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("building the keys and indexes set aside by a bulk import", e);
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(new LongStatements(pool))
                .locations(MIGRATIONS)
                .load();
    }

    /**
     * The pool's connections without the socket timeout: a migration that builds an index of a large
     * corpus (V5's trigram indexes on 10,000 articles) runs for minutes, and a 30 s read timeout broke the
     * connection in the middle of it. The pool restores the timeout when a connection comes back.
     */
    private record LongStatements(HikariDataSource pool) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = pool.getConnection();
            connection.setNetworkTimeout(Runnable::run, 0);
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the pool's own account is used");
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }

    private static void refuseNewerSchema(MigrationInfoService info) {
        MigrationInfo[] all = info.all();
        String latest = Arrays.stream(all).filter(m -> m.getVersion() != null && !isFuture(m))
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("0");
        for (MigrationInfo migration : all) {
            if (isFuture(migration)) {
                throw new SchemaTooNew("the database's schema is at version " + migration.getVersion()
                        + ", newer than this standoff's " + latest
                        + "; use a newer standoff, or a database made by this one");
            }
        }
    }

    private static boolean isFuture(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED;
    }

    /** The schema of the database is newer than the program: refused, never used or downgraded. */
    public static final class SchemaTooNew extends RuntimeException {
        SchemaTooNew(String message) {
            super(message);
        }
    }

    /**
     * {@code e} as a store failure: a lost or refused connection is {@link StoreException.Unavailable};
     * anything else is a bug or a broken database, an {@link IllegalStateException}.
     */
    static RuntimeException failure(String doing, SQLException e) {
        if (isConnectionLoss(e)) {
            return unavailable("the database cannot be reached while " + doing, e);
        }
        return new IllegalStateException("the database failed while " + doing + ": " + e.getMessage(), e);
    }

    private static boolean isConnectionLoss(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static StoreException.Unavailable unavailable(String message, SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new StoreException.Unavailable(message + ": " + reason, e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
