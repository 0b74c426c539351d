package org.standoff.server;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who may talk to a {@link StandoffServer} over HTTP, and how long and how often.
 *
 * @param allowedHosts            further names the {@code Host} header may carry, besides the bound address
 *                                and {@code localhost} (compared without case and port); every other Host
 *                                is answered 403, which is what defeats DNS rebinding
 * @param corsOrigins             exact origins ({@code https://annotator.example:8443}) whose pages may call
 *                                the API from a browser; none by default, so CORS is off
 * @param bodyTimeout             longest time to receive a request body, however slowly it trickles in
 * @param idleTimeout             longest silence on a connection before it is closed
 * @param maxConnectionsPerClient most connections one client address may hold open at once; further ones
 *                                are closed as soon as they open
 */
public record HttpPolicy(List<String> allowedHosts, List<String> corsOrigins, Duration bodyTimeout, Duration idleTimeout,
                         int maxConnectionsPerClient) {
    /** No further hosts, no CORS, 10 s per body, 10 s idle, 32 connections per client address. */
    public static final HttpPolicy DEFAULT = new HttpPolicy(List.of(), List.of(), Duration.ofSeconds(10),
            Duration.ofSeconds(10), 32);

    public HttpPolicy {
        allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("a CORS origin is a scheme, a host and an optional port, without"
                        + " a path, e.g. https://annotator.example: " + origin);
            }
        }
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (bodyTimeout.isNegative() || bodyTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: body " + bodyTimeout + ", idle " + idleTimeout);
        }
        if (maxConnectionsPerClient < 1) {
            throw new IllegalArgumentException("maxConnectionsPerClient must be positive: " + maxConnectionsPerClient);
        }
    }

    public HttpPolicy withAllowedHosts(List<String> hosts) {
        return new HttpPolicy(hosts, corsOrigins, bodyTimeout, idleTimeout, maxConnectionsPerClient);
    }

    public HttpPolicy withCorsOrigins(List<String> origins) {
        return new HttpPolicy(allowedHosts, origins, bodyTimeout, idleTimeout, maxConnectionsPerClient);
    }

    public HttpPolicy withBodyTimeout(Duration timeout) {
        return new HttpPolicy(allowedHosts, corsOrigins, timeout, idleTimeout, maxConnectionsPerClient);
    }

    public HttpPolicy withIdleTimeout(Duration timeout) {
        return new HttpPolicy(allowedHosts, corsOrigins, bodyTimeout, timeout, maxConnectionsPerClient);
    }

    public HttpPolicy withMaxConnectionsPerClient(int connections) {
        return new HttpPolicy(allowedHosts, corsOrigins, bodyTimeout, idleTimeout, connections);
    }
}
