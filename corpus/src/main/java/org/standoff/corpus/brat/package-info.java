/**
 * brat standoff ({@code .txt} + {@code .ann} + {@code annotation.conf}): import and export, with the
 * mapping of Standoff's domain types to brat types described in {@code docs/formats/brat.md}.
 *
 * <p>brat does not go through the flat form of Label Studio, W3C and UIMA CAS JSON
 * ({@link org.standoff.corpus.exchange.FlatDocument}), because a brat file holds what a flat span
 * cannot: discontinuous extents ({@code T} lines with fragments), a quote's verbatim parts, entities
 * as normalizations and {@code Equiv} groups, claim and quote links as relations, cue lemmas and
 * claim texts as notes. Its spans carry one type and no attributes, so domain spans are named by
 * the labels it shares with doccano ({@link org.standoff.corpus.exchange.DomainLabels}); offsets go
 * through the shared {@link org.standoff.corpus.exchange.UnitDetection}.
 */
package org.standoff.corpus.brat;
