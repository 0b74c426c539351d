package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.standoff.server.HttpPolicy;
import org.standoff.server.ServerConfig;
import org.standoff.server.StandoffServer;
import org.standoff.server.auth.Access;
import org.standoff.server.auth.AccessException;
import org.standoff.server.auth.AccountException;
import org.standoff.server.auth.AccountsFile;
import org.standoff.server.auth.People;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.postgres.Database;
import org.standoff.server.store.postgres.PostgresAccounts;
import org.standoff.server.store.postgres.PostgresStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standoff serve}: serves a corpus over GraphQL until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a corpus: the web page at /, GraphQL at /graphql, GraphiQL at /graphiql, health at /health.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--read-only", description = "Refuse every mutation.")
    boolean readOnly;

    @Option(names = Access.ANONYMOUS_READ_OPTION,
            description = "Let requests without a token read (queries only); needed to listen beyond loopback without accounts.")
    boolean anonymousRead;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A further name the Host header may carry (repeatable); besides it only the bound address"
                    + " and localhost are served, which defeats DNS rebinding.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An exact origin (e.g. https://annotator.example) whose pages may call the API from a"
                    + " browser (repeatable); CORS is off without it.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--response-cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep answers to queries and serve them again until the corpus changes (default on;"
                    + " --no-response-cache runs every query).")
    boolean responseCache;

    @Option(names = "--response-cache-mb", paramLabel = "MB", defaultValue = "32",
            description = "The response cache's bound in megabytes of answers (default ${DEFAULT-VALUE}).")
    int responseCacheMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Store store;
        try {
            store = database.open(corpus, readOnly);
        } catch (IOException e) {
            spec.commandLine().getErr().println("standoff serve: cannot open the corpus: " + e.getMessage());
            return 2;
        } catch (StoreException.Unavailable | Database.SchemaTooNew | IllegalArgumentException e) {
            spec.commandLine().getErr().println("standoff serve: " + e.getMessage());
            return 2;
        }
        String unavailable = unavailable(host, port);
        if (unavailable != null) {
            spec.commandLine().getErr().println("standoff serve: cannot listen on " + host + ":" + port + ": "
                    + unavailable + "; choose another address with --host or port with --port (0 picks a free one)");
            store.close();
            return 2;
        }
        if (responseCacheMb < 0) {
            spec.commandLine().getErr().println("standoff serve: --response-cache-mb must be 0 or more: " + responseCacheMb);
            store.close();
            return 2;
        }
        HttpPolicy http;
        try {
            http = HttpPolicy.DEFAULT.withAllowedHosts(allowedHosts).withCorsOrigins(corsOrigins);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("standoff serve: --cors-origin: " + e.getMessage());
            return 2;
        }
        StandoffServer server;
        People people;
        try {
            people = new People(database.isGiven() ? new PostgresAccounts(((PostgresStore) store).database())
                    : AccountsFile.in(corpus.directory()), anonymousRead);
            server = StandoffServer.start(store, ServerConfig.DEFAULT.withHost(host).withPort(port).withHttp(http)
                    .withResponseCacheBytes(responseCache ? (long) responseCacheMb << 20 : 0), people);
        } catch (AccessException.Unprotected | AccountException e) {
            spec.commandLine().getErr().println("standoff serve: " + e.getMessage());
            store.close();
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "standoff-shutdown"));
        out.println("Serving " + database.describe(corpus) + (readOnly ? ", read-only" : ""));
        out.println("  " + store.counts().documents() + " document(s)");
        out.println("  Web page  " + server.url("/"));
        out.println("  GraphQL   " + server.url("/graphql"));
        out.println("  GraphiQL  " + server.url("/graphiql"));
        out.println("  Health    " + server.url("/health"));
        if (server.isBoundToEveryInterface()) {
            out.println("Listening on every interface (" + host + "): other machines can reach this server on port "
                    + server.port() + ".");
            for (String url : server.networkUrls("/")) {
                out.println("  Also at   " + url);
            }
            out.println("  Host names other than this machine's addresses and localhost are refused; allow one"
                    + " with --allowed-host NAME.");
        }
        out.println(access(people));
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** A line saying who may do what without a token. */
    private String access(People people) {
        int accounts = people.accounts().list().size();
        if (accounts == 0 && Access.isLoopback(host)) {
            return "  Access    no accounts: anyone on this machine may read and edit (docs/SECURITY.md)";
        }
        return "  Access    " + accounts + " account(s); a request without a token may "
                + (anonymousRead ? "read only" : "do nothing");
    }

    /**
     * Why {@code host:port} cannot be listened on (in use, not an address of this machine), or
     * null when it can. Checked before Javalin starts, so the user gets one line instead of
     * Jetty's stack trace; a race with another process taking the port after the check is still
     * reported by Javalin.
     */
    private static String unavailable(String host, int port) {
        if (port == 0) {
            return null;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
            return null;
        } catch (BindException e) {
            return "the address is in use or not available here (" + e.getMessage() + ")";
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return e.getMessage();
        }
    }
}
