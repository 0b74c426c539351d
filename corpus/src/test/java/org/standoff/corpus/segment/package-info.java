/**
 * The corpus segmenter: paragraphs, sentences and tokens of English text with exact UTF-16 spans,
 * from Apache OpenNLP's pinned English models.
 */
package org.standoff.corpus.segment;
