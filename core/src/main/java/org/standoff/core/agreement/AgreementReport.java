package org.standoff.core.agreement;

import java.util.List;

/**
 * Everything {@link Agreement#measure} found, in a fixed order: layers as {@link Layer} lists them,
 * pairs of annotators in the order given, exact before overlap.
 *
 * @param annotators    the annotators, in the order given
 * @param textLength    the shared text's length in UTF-16 code units (the alpha continuum)
 * @param spans         span agreement per layer, pair and matching
 * @param attributions  attribution agreement per pair and matching
 * @param kappas        Cohen's kappa per layer and pair, then Fleiss' per layer
 * @param alphas        unitizing alpha per layer
 * @param disagreements every difference, per pair, in document order per layer
 */
public record AgreementReport(List<String> annotators, int textLength, List<SpanAgreement> spans,
                              List<AttributionAgreement> attributions, List<KappaScore> kappas,
                              List<AlphaScore> alphas, List<Disagreement> disagreements) {
    public AgreementReport {
        annotators = List.copyOf(annotators);
        spans = List.copyOf(spans);
        attributions = List.copyOf(attributions);
        kappas = List.copyOf(kappas);
        alphas = List.copyOf(alphas);
        disagreements = List.copyOf(disagreements);
    }
}
