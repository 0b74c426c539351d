package org.standoff.server.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The access policy of a server: who a request is, and what a request without a token may do.
 *
 * <table>
 *   <caption>What a request without a token may do</caption>
 *   <tr><th>server</th><th>no accounts</th><th>accounts</th></tr>
 *   <tr><td>on loopback</td><td>everything (as a local tool; edits by "anonymous")</td><td>nothing*</td></tr>
 *   <tr><td>elsewhere</td><td>refused at start, unless reads are opened*</td><td>nothing*</td></tr>
 * </table>
 * <p>* with {@code --allow-anonymous-read}: queries. A request that came through a proxy (it carries
 * {@code Forwarded} or {@code X-Forwarded-For}) never counts as local. A request with a token may do
 * what its account's role allows; a malformed, unknown or revoked token refuses the whole request.
 * Thread-safe; accounts added or removed while the server runs count from the next request.
 */
public final class Access {
    /** The option that opens reads to requests without a token. */
    public static final String ANONYMOUS_READ_OPTION = "--allow-anonymous-read";

    private final Accounts accounts;
    private final boolean loopback;
    private final boolean anonymousRead;

    private Access(Accounts accounts, boolean loopback, boolean anonymousRead) {
        this.accounts = accounts;
        this.loopback = loopback;
        this.anonymousRead = anonymousRead;
    }

    /**
     * The policy of a server listening on {@code host}.
     *
     * @throws AccessException.Unprotected when {@code host} is not a loopback address, there are no accounts
     *                                      and reads are not opened: anyone who can reach the port could
     *                                      delete every document
     */
    public static Access of(Accounts accounts, String host, boolean anonymousRead) {
        Objects.requireNonNull(accounts, "accounts");
        boolean loopback = isLoopback(host);
        if (!loopback && !anonymousRead && accounts.isEmpty()) {
            throw new AccessException.Unprotected("refusing to listen on " + host + " without accounts, since anyone"
                    + " who can reach it could edit and delete every document: add one with"
                    + " `standoff user add NAME --role admin` (same --corpus/--data), serve reads only with "
                    + ANONYMOUS_READ_OPTION + ", or listen on 127.0.0.1");
        }
        return new Access(accounts, loopback, anonymousRead);
    }

    /** Everything for everyone on loopback, no accounts: a local tool, and in-process callers. */
    public static Access local() {
        return new Access(Accounts.NONE, true, false);
    }

    /** Whether {@code host} names this machine only (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Whether requests without a token may read. */
    public boolean isAnonymousRead() {
        return anonymousRead;
    }

    /**
     * Who sent a request.
     *
     * @param authorization the request's {@code Authorization} header, or null
     * @param proxied       whether it came through a proxy
     * @throws AccessException.InvalidToken when the header is not {@code Bearer TOKEN} with a current token
     */
    public Viewer viewer(String authorization, boolean proxied) {
        if (authorization == null) {
            return Viewer.anonymous(anonymousRole(proxied));
        }
        String token = bearerToken(authorization);
        Optional<Account> account = accounts.authenticate(token);
        if (account.isEmpty()) {
            throw new AccessException.InvalidToken("the bearer token is not valid: it is malformed, unknown or revoked;"
                    + " ask an admin for a new one (`standoff user token NAME`)");
        }
        return Viewer.of(account.get());
    }

    /** Whether accounts exist, so that signing in can give more than an anonymous visitor gets. */
    public boolean hasAccounts() {
        return !accounts.isEmpty();
    }

    private Role anonymousRole(boolean proxied) {
        if (loopback && !proxied && accounts.isEmpty()) {
            return Role.ADMIN;
        }
        return anonymousRead ? Role.READER : null;
    }

    private static String bearerToken(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            throw new AccessException.InvalidToken("the Authorization header must be \"Bearer TOKEN\"");
        }
        return value.substring(space + 1).strip();
    }
}
