package org.standoff.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before it is handled, and gives every answer the browser security headers.
 *
 * <ul>
 *   <li><b>Host</b>: only the bound address, {@code localhost} and the {@linkplain HttpPolicy#allowedHosts()
 *       allowed hosts} are served (with a wildcard bind, every address of this machine's interfaces).
 *       A page on {@code evil.example} whose name an attacker re-points at 127.0.0.1 (DNS rebinding)
 *       reaches the server with {@code Host: evil.example} and is answered 403.</li>
 *   <li><b>Origin</b>: a POST that carries an {@code Origin} header must come from this server's own
 *       origin or from a {@linkplain HttpPolicy#corsOrigins() CORS origin}; browsers send it with
 *       every cross-origin POST, so no other site's page can send a mutation. Clients that are not
 *       browsers send none and are not affected.</li>
 *   <li><b>Headers</b>: a Content-Security-Policy that allows scripts, styles and connections from
 *       this server only (no inline script) and no framing, {@code X-Content-Type-Options: nosniff},
 *       {@code X-Frame-Options: DENY} and {@code Referrer-Policy: no-referrer}.</li>
 * </ul>
 */
final class RequestGuard {
    /** The Content-Security-Policy of every answer. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final Set<String> hosts;
    private final Set<String> corsOrigins;

    private RequestGuard(Set<String> hosts, Set<String> corsOrigins) {
        this.hosts = hosts;
        this.corsOrigins = corsOrigins;
    }

    /** The guard of a server bound to {@code boundHost}. */
    static RequestGuard of(String boundHost, HttpPolicy policy) {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add("localhost");
        hosts.add(normalized(boundHost));
        if (isWildcard(boundHost)) {
            hosts.addAll(localAddresses());
        }
        hosts.addAll(policy.allowedHosts());
        Set<String> origins = new LinkedHashSet<>();
        policy.corsOrigins().forEach(origin -> origins.add(origin.toLowerCase(Locale.ROOT)));
        return new RequestGuard(Collections.unmodifiableSet(hosts), Collections.unmodifiableSet(origins));
    }

    /** Whether {@code host} is an address that stands for every interface ({@code 0.0.0.0}, {@code ::}). */
    static boolean isWildcard(String host) {
        return isIpLiteral(host) && address(host).isAnyLocalAddress();
    }

    /** Refuses a request to a host not served here, or a POST from a foreign origin; sets the security headers. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        String host = ctx.header("Host");
        if (host != null && !hosts.contains(hostName(host))) {
            throw new HttpResponseException(403, "this server does not answer for the host '" + hostName(host)
                    + "'; start it with --allowed-host " + hostName(host) + " to serve that name");
        }
        String origin = ctx.header("Origin");
        if (origin != null && "POST".equals(ctx.method().name()) && !isAllowedOrigin(origin, ctx.req().getLocalPort())) {
            throw new HttpResponseException(403, "requests from the origin '" + origin + "' are not accepted;"
                    + " start the server with --cors-origin " + origin + " to accept them");
        }
    }

    /** Whether {@code origin} is a CORS origin, or this server's own on the port the request came in on. */
    private boolean isAllowedOrigin(String origin, int port) {
        String lower = origin.toLowerCase(Locale.ROOT);
        if (corsOrigins.contains(lower)) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(lower);
        } catch (IllegalArgumentException e) {
            return false; // "null" from a sandboxed frame, or garbage
        }
        int originPort = uri.getPort() == -1 ? 80 : uri.getPort();
        return "http".equals(uri.getScheme()) && uri.getHost() != null && originPort == port
                && hosts.contains(normalized(uri.getHost()));
    }

    /** The name in a Host header, lower case, without its port; an IPv6 literal without brackets, normalized. */
    static String hostName(String header) {
        String host = header.trim();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host.substring(1) : host.substring(1, end);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return normalized(host);
    }

    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        return lower.contains(":") && isIpLiteral(lower) ? address(lower).getHostAddress() : lower;
    }

    /** An IPv4 dotted quad or an IPv6 literal: parsed without any name lookup. */
    private static boolean isIpLiteral(String host) {
        return host.matches("[0-9.]+") || host.matches("[0-9a-fA-F:.]+(%\\w+)?") && host.contains(":");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }

    /** Every address of every interface of this machine, as {@link InetAddress#getHostAddress()} writes it. */
    static Set<String> localAddresses() {
        Set<String> addresses = new LinkedHashSet<>();
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    addresses.add(withoutZone(address.getHostAddress()));
                }
            }
        } catch (SocketException e) {
            addresses.add("127.0.0.1");
        }
        return addresses;
    }

    private static String withoutZone(String address) {
        int zone = address.indexOf('%');
        return zone < 0 ? address : address.substring(0, zone);
    }
}
