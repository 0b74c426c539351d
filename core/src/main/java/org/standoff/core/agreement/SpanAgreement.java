package org.standoff.core.agreement;

/**
 * How far two annotators agree on where one layer's annotations lie, the first annotator taken as the
 * reference: precision is the share of the second's spans the first also has, recall the share of the
 * first's spans the second also has. F1 is symmetric: {@code 2·matched / (firstCount + secondCount)}.
 *
 * <p>Example: A has 10 quotes, B has 9, 8 of them match: precision 8/9 = 0.889, recall 8/10 = 0.800,
 * F1 16/19 = 0.842.
 *
 * @param layer       {@code Mention}, {@code Quote}, {@code Cue}, {@code Claim}, or
 *                    {@code Claim+claimant+type} (a claim matches only with the same claimant and type)
 * @param first       the reference annotator
 * @param second      the other annotator
 * @param matching    exact or overlap
 * @param firstCount  the first annotator's annotations of the layer
 * @param secondCount the second annotator's
 * @param matched     pairs matched one to one
 */
public record SpanAgreement(String layer, String first, String second, Matching matching, int firstCount,
                            int secondCount, int matched) {

    /** {@code matched / secondCount}; 1 when the second has none (nothing wrong was proposed). */
    public double precision() {
        return ratio(matched, secondCount);
    }

    /** {@code matched / firstCount}; 1 when the first has none. */
    public double recall() {
        return ratio(matched, firstCount);
    }

    /** {@code 2·matched / (firstCount + secondCount)}; 1 when neither has any. */
    public double f1() {
        return ratio(2L * matched, (long) firstCount + secondCount);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
