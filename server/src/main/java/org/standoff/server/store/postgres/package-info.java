/** The PostgreSQL store: normalized tables per annotation kind, Flyway migrations, pooled connections, a bounded cache. */
package org.standoff.server.store.postgres;
