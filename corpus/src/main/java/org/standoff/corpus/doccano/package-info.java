/**
 * doccano JSONL, both shapes (sequence labeling {@code label: [[s, e, "L"]]} and
 * entities/relations): import and export, described in {@code docs/formats/doccano.md}.
 */
package org.standoff.corpus.doccano;
