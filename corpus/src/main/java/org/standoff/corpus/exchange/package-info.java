/**
 * The shared layer of the exchange formats (brat, Label Studio, UIMA CAS JSON, doccano, W3C, CoNLL):
 * their common contract ({@link org.standoff.corpus.exchange.DocumentFormat}, found through
 * {@link org.standoff.corpus.exchange.Formats}) and what every importer and exporter shares.
 *
 * <ul>
 *   <li>Reading input: strict decoding ({@link org.standoff.corpus.exchange.DecodedText}), the one strict
 *       JSON reader ({@link org.standoff.corpus.exchange.JsonInput}), model refusals as diagnostics
 *       ({@link org.standoff.corpus.exchange.InvalidInput}).</li>
 *   <li>Offsets: a span as a file wrote it ({@link org.standoff.corpus.exchange.SpanClaim}), the one place
 *       where a file's offset unit is decided and its spans converted
 *       ({@link org.standoff.corpus.exchange.UnitDetection}, FORMATS.md §11), the readings tools count in
 *       ({@link org.standoff.corpus.exchange.OffsetReading}) and the conversion of one reading of a text
 *       ({@link org.standoff.corpus.exchange.OffsetConverter}).</li>
 *   <li>The flat form of a document ({@link org.standoff.corpus.exchange.FlatDocument}: spans with a
 *       layer, a label and text attributes, n-ary relations) and the one mapping of the model onto it
 *       ({@link org.standoff.corpus.exchange.FlatWriter}, {@link org.standoff.corpus.exchange.FlatReader},
 *       names in {@link org.standoff.corpus.exchange.FlatLayers}, export losses in
 *       {@link org.standoff.corpus.exchange.Losses}): Label Studio, W3C Web Annotation and UIMA CAS JSON
 *       write and read their syntax from it (docs/formats/domain-mapping.md). brat and doccano do not,
 *       and their package documentation says why.</li>
 * </ul>
 */
package org.standoff.corpus.exchange;
