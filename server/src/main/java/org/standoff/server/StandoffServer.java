package org.standoff.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.server.auth.Access;
import org.standoff.server.auth.AccessException;
import org.standoff.server.auth.People;
import org.standoff.server.graphql.StandoffGraphQL;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;

/**
 * The Standoff HTTP server: the reading and annotating page at {@code /} (and
 * {@code /read/{documentId}}, its files under {@code /web}), GraphQL at {@code /graphql}, GraphiQL at
 * {@code /graphiql}, health at {@code /health}. {@link #start(Store, ServerConfig)} returns once the server accepts
 * connections; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (StandoffServer server = StandoffServer.start(store, ServerConfig.DEFAULT.withPort(0))) {
 *     URI endpoint = URI.create(server.url("/graphql"));
 * }
 * }</pre>
 */
public final class StandoffServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandoffServer.class);

    private final Javalin app;
    private final String host;
    private final ClientConnectionLimit connections;

    private StandoffServer(Javalin app, String host, ClientConnectionLimit connections) {
        this.app = app;
        this.host = host;
        this.connections = connections;
    }

    /** Starts a server over {@code store} without accounts ({@link People#none()}); returns when it listens. */
    public static StandoffServer start(Store store, ServerConfig config) {
        return start(store, config, People.none());
    }

    /**
     * Starts a server over {@code store} whose requests are authenticated against {@code people}'s accounts
     * and whose edits are recorded in its history; returns when it listens.
     *
     * @throws AccessException.Unprotected when it would listen beyond loopback with nothing protecting it
     *                                     ({@link Access#of})
     */
    public static StandoffServer start(Store store, ServerConfig config, People people) {
        Objects.requireNonNull(store, "store");
        Access access = Access.of(people.accounts(), config.host(), people.anonymousRead());
        GraphQLHandler graphQL = new GraphQLHandler(StandoffGraphQL.create(store, config.limits()),
                new BodyReader(config.maxRequestBytes(), config.http().bodyTimeout()));
        ClientConnectionLimit connections = new ClientConnectionLimit(config.http().maxConnectionsPerClient());
        RequestGuard guard = RequestGuard.of(config.host(), config.http());
        Javalin app = Javalin.create(javalin -> {
            javalin.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                connector.setIdleTimeout(config.http().idleTimeout().toMillis());
                connector.addEventListener(connections);
                return connector;
            });
            javalin.http.maxRequestSize = config.maxRequestBytes();
            if (!config.http().corsOrigins().isEmpty()) {
                javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.path = "/graphql";
                    config.http().corsOrigins().forEach(origin -> rule.allowHost(origin));
                }));
            }
            javalin.routes.before(guard::check);
            javalin.staticFiles.enableWebjars();
            javalin.staticFiles.add(files -> {
                files.hostedPath = WebPage.HOSTED_PATH;
                files.directory = WebPage.DIRECTORY;
                files.location = Location.CLASSPATH;
            });
            javalin.startup.showJavalinBanner = false;
            javalin.routes.get("/", ctx -> ctx.html(WebPage.HTML));
            javalin.routes.get("/read/{documentId}", ctx -> ctx.html(WebPage.HTML));
            javalin.routes.before("/graphql", ctx -> GraphQLHandler.signIn(ctx, access));
            javalin.routes.post("/graphql", graphQL::post);
            javalin.routes.get("/graphql", graphQL::get);
            javalin.routes.get("/graphiql", ctx -> ctx.html(GraphiQLPage.HTML));
            javalin.routes.get("/health", ctx -> health(ctx, store));
            javalin.routes.exception(AccessException.InvalidToken.class, (e, ctx) -> {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                error(ctx, 401, e.getMessage());
            });
            javalin.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            javalin.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "Internal server error");
            });
        });
        app.start();
        return new StandoffServer(app, config.host(), connections);
    }

    /** The port the server listens on (the chosen one when the configured port was 0). */
    public int port() {
        return app.port();
    }

    /**
     * The absolute URL of {@code path} on this server, e.g. {@code http://127.0.0.1:8080/graphql}. On a
     * server bound to every interface ({@code 0.0.0.0}, {@code ::}) it names 127.0.0.1, an address a
     * browser can open, never the wildcard.
     */
    public String url(String path) {
        return url(RequestGuard.isWildcard(host) ? "127.0.0.1" : host, path);
    }

    /** Whether the server listens on every interface of the machine. */
    public boolean isBoundToEveryInterface() {
        return RequestGuard.isWildcard(host);
    }

    /**
     * The URLs of {@code path} other machines can use: one per IPv4 address of this machine's
     * interfaces other than loopback when the server listens on every interface, else none.
     */
    public List<String> networkUrls(String path) {
        if (!isBoundToEveryInterface()) {
            return List.of();
        }
        return RequestGuard.localAddresses().stream()
                .filter(address -> !address.contains(":") && !address.startsWith("127."))
                .map(address -> url(address, path))
                .toList();
    }

    private String url(String address, String path) {
        String shownHost = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + shownHost + ":" + port() + path;
    }

    /** The URLs a user needs: the web page, the GraphQL endpoint, GraphiQL and health. */
    public List<String> urls() {
        return List.of(url("/"), url("/graphql"), url("/graphiql"), url("/health"));
    }

    /** Connections closed since the start for being over the per-client limit. */
    public long connectionsRefused() {
        return connections.refused();
    }

    /** The most connections one client address has held open at once since the start (never above the limit). */
    public int connectionsMostHeld() {
        return connections.mostHeld();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void health(Context ctx, Store store) {
        Map<String, Object> health = new LinkedHashMap<>();
        try {
            long documents = store.counts().documents();
            health.put("status", "UP");
            health.put("documents", documents);
        } catch (StoreException.Unavailable e) {
            health.put("status", "DOWN");
            health.put("reason", e.getMessage());
        }
        health.put("source", store.source().name());
        health.put("readOnly", store.isReadOnly());
        writeJson(ctx, "UP".equals(health.get("status")) ? 200 : 503, health);
    }

    /** An HTTP-level failure, in the GraphQL error shape with a code. */
    private static void error(Context ctx, int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", codeOf(status)));
        writeJson(ctx, status, Map.of("errors", List.of(error)));
    }

    private static String codeOf(int status) {
        if (status == 413) {
            return "LIMIT_EXCEEDED";
        }
        if (status == 401) {
            return "UNAUTHENTICATED";
        }
        if (status == 404) {
            return "NOT_FOUND";
        }
        if (status == 403) {
            return "FORBIDDEN";
        }
        if (status == 408) {
            return "LIMIT_EXCEEDED";
        }
        return status >= 500 ? "INTERNAL" : "BAD_REQUEST";
    }

    private static void writeJson(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json").result(GraphQLHandler.JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a response", e);
        }
    }
}
