/** Who changed what and when: the append-only edit history of a corpus, and its file. */
package org.standoff.server.history;
