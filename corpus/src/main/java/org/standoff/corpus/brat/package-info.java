/**
 * brat standoff ({@code .txt} + {@code .ann} + {@code annotation.conf}): import and export, with the
 * mapping of Standoff's domain types to brat types described in {@code docs/formats/brat.md}.
 */
package org.standoff.corpus.brat;
