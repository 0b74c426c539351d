/** CoNLL IOB2 export: one token per line, one label column per layer, described in {@code docs/formats/conll.md}. */
package org.standoff.corpus.conll;
