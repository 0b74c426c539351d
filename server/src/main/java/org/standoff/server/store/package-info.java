/** Persistence of a served corpus: versioned immutable documents, one writer per document, durable atomic files. */
package org.standoff.server.store;
