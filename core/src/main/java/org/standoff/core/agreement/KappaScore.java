package org.standoff.core.agreement;

import java.util.List;

/**
 * Kappa on one layer's categorical attribute, over the annotations the annotators placed on exactly
 * the same characters (as INCEpTION's coding measures do): Cohen's for each pair of annotators,
 * Fleiss' for all of them together over the annotations every annotator has.
 *
 * @param layer       {@code Mention}, {@code Quote} or {@code Claim}
 * @param attribute   {@code mentionType}, {@code quoteType} or {@code claimType}
 * @param method      {@code cohen} or {@code fleiss}
 * @param annotators  the annotators compared
 * @param items       how many annotations were coded by all of them
 * @param coefficient the coefficient and its parts
 */
public record KappaScore(String layer, String attribute, String method, List<String> annotators, int items,
                         Coefficient coefficient) {
    public KappaScore {
        annotators = List.copyOf(annotators);
    }
}
