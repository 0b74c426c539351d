package org.standoff.server.cli;

import picocli.CommandLine.Option;

/** How many diagnostics a command prints in full, declared once for {@code convert}, {@code import} and {@code export}. */
final class MessageOptions {
    @Option(names = "--messages", paramLabel = "N", defaultValue = "10",
            description = "How many diagnostics to print in full (default ${DEFAULT-VALUE}).")
    int messages;

    /** An empty summary printing that many diagnostics in full. */
    DiagnosticSummary summary() {
        return new DiagnosticSummary(messages);
    }
}
