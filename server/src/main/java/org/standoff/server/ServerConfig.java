package org.standoff.server;

import java.util.Objects;
import org.standoff.server.graphql.QueryLimits;

/**
 * How a {@link StandoffServer} listens and what it accepts.
 *
 * @param host            the address to bind; loopback ({@code 127.0.0.1}) by default, so nothing outside
 *                        the machine can edit the corpus unless asked
 * @param port            the port; 0 picks a free one
 * @param maxRequestBytes the largest request body; a larger one is answered 413
 * @param limits          the GraphQL limits
 * @param http            allowed hosts and origins, body and idle timeouts, connections per client
 */
public record ServerConfig(String host, int port, long maxRequestBytes, QueryLimits limits, HttpPolicy http) {
    /** 127.0.0.1:8080, 2 MB bodies, {@link QueryLimits#DEFAULT}, {@link HttpPolicy#DEFAULT}. */
    public static final ServerConfig DEFAULT = new ServerConfig("127.0.0.1", 8080, 2_000_000L, QueryLimits.DEFAULT,
            HttpPolicy.DEFAULT);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(http, "http");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
        }
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxRequestBytes, limits, http);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxRequestBytes, limits, http);
    }

    public ServerConfig withMaxRequestBytes(long bytes) {
        return new ServerConfig(host, port, bytes, limits, http);
    }

    public ServerConfig withLimits(QueryLimits newLimits) {
        return new ServerConfig(host, port, maxRequestBytes, newLimits, http);
    }

    public ServerConfig withHttp(HttpPolicy newHttp) {
        return new ServerConfig(host, port, maxRequestBytes, limits, newHttp);
    }
}
