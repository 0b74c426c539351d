package org.standoff.core.agreement;

/**
 * Attribution-level agreement between two annotators, PolNeAR-style (Newell, Margolin and Ruths,
 * LREC 2018): attributions are paired one to one by their content (the quotes they attribute, which
 * must share at least one character; attributions without content pair by cue), then each pair is
 * compared role by role under the {@link Matching} rule: the source mention's span, the cue's span and
 * the content's span (all content quotes together). Two missing roles (no cue on either side) agree.
 *
 * <p>Each role's figure is an F1 over attributions, {@code 2·agreeing / (firstCount + secondCount)},
 * so an attribution one annotator has and the other lacks counts against every role; {@code triple}
 * counts pairs agreeing on source, cue and content at once: PolNeAR's "attribution-wise" agreement.
 *
 * @param first       the first annotator
 * @param second      the second annotator
 * @param matching    how spans of a role are compared
 * @param firstCount  the first annotator's attributions
 * @param secondCount the second's
 * @param paired      attributions paired by content
 * @param source      pairs with the same source span
 * @param cue         pairs with the same cue span
 * @param content     pairs with the same content span
 * @param triple      pairs with the same source, cue and content
 */
public record AttributionAgreement(String first, String second, Matching matching, int firstCount, int secondCount,
                                   int paired, int source, int cue, int content, int triple) {

    /** F1 over attributions of agreeing on the source. */
    public double sourceF1() {
        return f1(source);
    }

    /** F1 over attributions of agreeing on the cue. */
    public double cueF1() {
        return f1(cue);
    }

    /** F1 over attributions of agreeing on the content. */
    public double contentF1() {
        return f1(content);
    }

    /** F1 over attributions of agreeing on all three. */
    public double tripleF1() {
        return f1(triple);
    }

    private double f1(int agreeing) {
        return SpanAgreement.ratio(2L * agreeing, (long) firstCount + secondCount);
    }
}
