package org.standoff.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code standoff db}: create, fill and dump a PostgreSQL corpus database. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Create (migrate), fill (import) and dump (export) a PostgreSQL corpus database for serve --db.",
        subcommands = {DbMigrateCommand.class, DbImportCommand.class, DbExportCommand.class})
final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
