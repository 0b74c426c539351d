package org.standoff.core.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agreement pooled over several articles ({@link CorpusAgreement}).
 *
 * @param articles      articles compared
 * @param copies        annotator copies over all articles
 * @param tokens        tokens (units of the token-wise alpha) over all articles
 * @param labels        token label → how many times an annotator gave it, over all copies
 * @param tokenAlpha    Krippendorff's alpha on the token labels (nominal)
 * @param attributions  attributions over all copies
 * @param compared      over every pair of copies of an article, the sum of both copies' attributions
 * @param paired        over every pair, the attributions paired (the same attribution found by both)
 * @param tripleExact   pairs whose source, cue and content have the same characters
 * @param tripleOverlap pairs whose source, cue and content share characters
 */
public record CorpusAgreementReport(int articles, int copies, int tokens, Map<String, Long> labels, Coefficient tokenAlpha,
                                    long attributions, long compared, long paired, long tripleExact, long tripleOverlap) {
    public CorpusAgreementReport {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** Attribution-wise agreement: agr in both directions pooled, {@code 2·paired / compared}. */
    public double attributionWise() {
        return SpanAgreement.ratio(2 * paired, compared);
    }

    /** The same over pairs that agree on source, cue and content exactly. */
    public double tripleExactF1() {
        return SpanAgreement.ratio(2 * tripleExact, compared);
    }

    /** The same over pairs whose source, cue and content overlap. */
    public double tripleOverlapF1() {
        return SpanAgreement.ratio(2 * tripleOverlap, compared);
    }
}
