package org.standoff.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code standoff} command line, with what it printed. */
public record CommandRun(int exitCode, String out, String err) {
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandoffCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
