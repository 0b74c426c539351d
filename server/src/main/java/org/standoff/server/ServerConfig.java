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
 * @param responseCacheBytes the bound of the {@link ResponseCache}, in bytes of kept answers; 0 turns it off
 */
public record ServerConfig(String host, int port, long maxRequestBytes, QueryLimits limits, HttpPolicy http,
                           long responseCacheBytes) {
    /** The response cache's default bound: 32 MB of answers. */
    public static final long DEFAULT_RESPONSE_CACHE_BYTES = 32L << 20;

    /** 127.0.0.1:8080, 2 MB bodies, {@link QueryLimits#DEFAULT}, {@link HttpPolicy#DEFAULT}, a 32 MB response cache. */
    public static final ServerConfig DEFAULT = new ServerConfig("127.0.0.1", 8080, 2_000_000L, QueryLimits.DEFAULT,
            HttpPolicy.DEFAULT, DEFAULT_RESPONSE_CACHE_BYTES);

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
        if (responseCacheBytes < 0) {
            throw new IllegalArgumentException("responseCacheBytes must be 0 (off) or positive: " + responseCacheBytes);
        }
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxRequestBytes, limits, http, responseCacheBytes);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxRequestBytes, limits, http, responseCacheBytes);
    }

    public ServerConfig withMaxRequestBytes(long bytes) {
        return new ServerConfig(host, port, bytes, limits, http, responseCacheBytes);
    }

    public ServerConfig withLimits(QueryLimits newLimits) {
        return new ServerConfig(host, port, maxRequestBytes, newLimits, http, responseCacheBytes);
    }

    public ServerConfig withHttp(HttpPolicy newHttp) {
        return new ServerConfig(host, port, maxRequestBytes, limits, newHttp, responseCacheBytes);
    }

    /** This configuration with a response cache of {@code bytes} (0: none). */
    public ServerConfig withResponseCacheBytes(long bytes) {
        return new ServerConfig(host, port, maxRequestBytes, limits, http, bytes);
    }
}
