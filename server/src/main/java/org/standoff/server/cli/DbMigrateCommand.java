package org.standoff.server.cli;

import java.util.concurrent.Callable;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.postgres.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code standoff db migrate --db URL}: creates the schema in an empty database, or upgrades it to
 * this program's version. A schema newer than the program's is refused. Exit 0 when done, 2 when the
 * database cannot be reached or its schema is newer.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or upgrade the database schema (versioned migrations shipped in the jar).")
final class DbMigrateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!database.isGiven()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--db=URL'");
        }
        try (Database connected = database.connect()) {
            spec.commandLine().getOut().println("standoff db migrate: " + connected.migrate());
            return 0;
        } catch (StoreException.Unavailable | Database.SchemaTooNew | IllegalArgumentException e) {
            spec.commandLine().getErr().println("standoff db migrate: " + e.getMessage());
            return 2;
        }
    }
}
