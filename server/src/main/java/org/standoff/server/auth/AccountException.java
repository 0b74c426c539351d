package org.standoff.server.auth;

/** An account operation that cannot be done (unknown or taken name, unreadable accounts file); its message says why. */
public final class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
