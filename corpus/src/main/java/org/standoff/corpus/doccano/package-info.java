/**
 * doccano JSONL, both shapes (sequence labeling {@code label: [[s, e, "L"]]} and
 * entities/relations): import and export, described in {@code docs/formats/doccano.md}.
 *
 * <p>doccano does not go through the flat form of Label Studio, W3C and UIMA CAS JSON
 * ({@link org.standoff.corpus.exchange.FlatDocument}): a doccano span has one label and no attributes,
 * so the flat form's attributes (the entity riding on each mention, claim and quote links, lemmas)
 * have no place, and a doccano relation is binary, so an attribution is written as one {@code Source}
 * and one {@code Cue} relation per quote and rebuilt from them ({@code DoccanoDomain}), not as the
 * flat form's n-ary relation. Domain spans are named by the labels doccano shares with brat
 * ({@link org.standoff.corpus.exchange.DomainLabels}); offsets go through the shared
 * {@link org.standoff.corpus.exchange.UnitDetection}.
 */
package org.standoff.corpus.doccano;
