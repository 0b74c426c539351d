package org.standoff.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code standoff} command line: {@code serve}, {@code validate}, {@code stats}, {@code convert},
 * {@code import}, {@code export}, {@code user}, {@code reanchor} and {@code db}. The main class
 * of {@code standoff.jar}.
 */
@Command(name = "standoff", mixinStandardHelpOptions = true, version = "standoff 0.1.0",
        description = "Serve, validate, count and convert corpora of attributed news text (standoff JSON).",
        subcommands = {ServeCommand.class, ValidateCommand.class, StatsCommand.class, ConvertCommand.class,
                ImportCommand.class, ExportCommand.class, UserCommand.class,
                ReanchorCommand.class, DbCommand.class,
                AgreeCommand.class})
public final class StandoffCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Optional<List<String>> child = ServerJvm.childCommand(args);
        if (child.isPresent()) {
            int code = ServerJvm.run(child.get());
            if (code >= 0) {
                System.exit(code);
            }
            // the child JVM could not start: serve in this one
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new StandoffCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
