/**
 * The common contract of the exchange formats (brat, Label Studio, UIMA CAS JSON, doccano, W3C,
 * CoNLL), and what every importer shares: strict decoding ({@link org.standoff.corpus.exchange.DecodedText})
 * and the detection of a file's offset unit by verification
 * ({@link org.standoff.corpus.exchange.UnitDetection}, FORMATS.md §11).
 */
package org.standoff.corpus.exchange;
