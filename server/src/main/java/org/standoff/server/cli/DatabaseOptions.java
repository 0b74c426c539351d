package org.standoff.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.standoff.core.validation.Validator;
import org.standoff.server.store.Store;
import org.standoff.server.store.postgres.Database;
import org.standoff.server.store.postgres.DatabaseUrl;
import org.standoff.server.store.postgres.PostgresStore;
import picocli.CommandLine.Option;

/**
 * Which PostgreSQL database a command uses: {@code --db URL} (a {@code postgresql://} URL or a JDBC
 * URL), the password from the URL, {@code --db-password-file} or {@code PGPASSWORD}.
 */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "A PostgreSQL database: postgresql://user@host:5432/standoff or jdbc:postgresql://host/standoff."
                    + " The password comes from the URL, --db-password-file, or PGPASSWORD.")
    String url;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "A file whose first line is the database password.")
    Path passwordFile;

    @Option(names = "--db-pool-size", paramLabel = "N", defaultValue = "10",
            description = "Connections to the database at most (default ${DEFAULT-VALUE}).")
    int poolSize;

    @Option(names = "--db-cache-mb", paramLabel = "MB", defaultValue = "128",
            description = "Memory for cached documents, in estimated MB (default ${DEFAULT-VALUE}).")
    long cacheMegabytes;

    /** Whether a database was named. */
    boolean isGiven() {
        return url != null;
    }

    /**
     * The database, connected.
     *
     * @throws org.standoff.server.store.StoreException.Unavailable when it cannot be reached
     */
    Database connect() throws IOException {
        return Database.open(DatabaseUrl.parse(url, passwordFile, System::getenv), poolSize);
    }

    /**
     * The store a command works on: the database these options name, its schema migrated first, or
     * else the corpus {@code corpus} names. Commands use it and never know which store they talk to.
     *
     * @throws IllegalArgumentException when both a corpus directory and a database are named
     * @throws org.standoff.server.store.StoreException.Unavailable when the database cannot be reached
     */
    Store open(CorpusOptions corpus, boolean readOnly) throws IOException {
        if (!isGiven()) {
            return corpus.open(readOnly);
        }
        if (corpus.corpus != null) {
            throw new IllegalArgumentException("give --corpus DIR or --db URL, not both");
        }
        Database connected = connect();
        try {
            connected.migrate();
        } catch (RuntimeException e) {
            connected.close();
            throw e;
        }
        return store(connected, readOnly);
    }

    /** A line saying which corpus {@link #open} opens, for the console: the database, without its password. */
    String describe(CorpusOptions corpus) throws IOException {
        return isGiven() ? "the database " + DatabaseUrl.parse(url, passwordFile, System::getenv) : corpus.describe();
    }

    /** A store over {@code database}, whose schema is migrated. */
    PostgresStore store(Database database, boolean readOnly) {
        return new PostgresStore(database, cacheMegabytes << 20, Validator::validate, readOnly);
    }
}
