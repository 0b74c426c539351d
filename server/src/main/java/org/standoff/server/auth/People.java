package org.standoff.server.auth;

import java.util.Objects;

/**
 * The people side of a served corpus: its accounts, and whether requests without a
 * token may read.
 *
 * @param accounts      who may sign in
 * @param anonymousRead whether requests without a token may read ({@value Access#ANONYMOUS_READ_OPTION})
 */
public record People(Accounts accounts, boolean anonymousRead) {
    public People {
        Objects.requireNonNull(accounts, "accounts");
    }

    /** No accounts, no anonymous reads: a local server where anyone on the machine may edit. */
    public static People none() {
        return new People(Accounts.NONE, false);
    }
}
