package org.standoff.server.auth;

/** A request or a server start the access policy refuses; the message says why and what to do. */
public abstract sealed class AccessException extends RuntimeException {
    private AccessException(String message) {
        super(message, null, false, false);
    }

    /** The request's {@code Authorization} header is malformed, or names an unknown or revoked token. */
    public static final class InvalidToken extends AccessException {
        public InvalidToken(String message) {
            super(message);
        }
    }

    /** The server would listen beyond this machine with nothing protecting it. */
    public static final class Unprotected extends AccessException {
        public Unprotected(String message) {
            super(message);
        }
    }
}
