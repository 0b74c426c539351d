package org.standoff.server.store;

/** Where a served corpus comes from. */
public enum CorpusSource {
    /** The shipped article inside the jar; copied to the data directory on its first edit. */
    EMBEDDED,
    /** A directory of {@code *.standoff.json} files; edits are written back to it. */
    DIRECTORY,
    /** A PostgreSQL database, possibly shared with other servers. */
    DATABASE
}
