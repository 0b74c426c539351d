package org.standoff.server.cli;

import picocli.CommandLine.Option;

/** The running server a command talks to, declared once for {@code import} and {@code export}. */
final class ServerOptions {
    @Option(names = "--server", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
    String server;

    /** A client of that server's GraphQL endpoint. */
    GraphQLClient client() {
        return new GraphQLClient(server);
    }
}
