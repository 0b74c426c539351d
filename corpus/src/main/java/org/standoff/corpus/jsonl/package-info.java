/** JSON Lines corpora of standoff documents: one compact {@code standoff/1} document per line, read and written as streams. */
package org.standoff.corpus.jsonl;
