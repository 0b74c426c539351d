/**
 * Inter-annotator agreement between copies of one document: span precision/recall/F1 under exact and
 * overlap matching, attribution triples, claims, Cohen's and Fleiss' kappa, Krippendorff's unitizing
 * alpha, and the list of disagreements. Start at {@link org.standoff.core.agreement.Agreement}.
 */
package org.standoff.core.agreement;
