/**
 * Standoff JSON ({@code standoff/1}): reading with diagnostics, canonical writing, and corpus
 * directories of {@code *.standoff.json} files. The front door is {@link org.standoff.corpus.standoff.StandoffJson};
 * the format is specified in {@code docs/FORMAT.md}.
 */
package org.standoff.corpus.standoff;
