package org.standoff.server.auth;

import java.util.Objects;
import org.standoff.server.history.EditHistory;
import org.standoff.server.history.HistoryLog;

/**
 * The people side of a served corpus: its accounts, its edit history, and whether requests without a
 * token may read.
 *
 * @param accounts      who may sign in
 * @param history       where accepted edits are recorded
 * @param anonymousRead whether requests without a token may read ({@value Access#ANONYMOUS_READ_OPTION})
 */
public record People(Accounts accounts, EditHistory history, boolean anonymousRead) {
    public People {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(history, "history");
    }

    /** No accounts, a history in memory, no anonymous reads: a local server that forgets who edited. */
    public static People none() {
        return new People(Accounts.NONE, HistoryLog.inMemory(), false);
    }
}
