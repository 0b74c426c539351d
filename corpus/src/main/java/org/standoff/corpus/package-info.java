/**
 * Corpora of annotated documents: the shipped gold corpus ({@link org.standoff.corpus.Corpus#shipped()}),
 * its statistics and its readable report.
 */
package org.standoff.corpus;
