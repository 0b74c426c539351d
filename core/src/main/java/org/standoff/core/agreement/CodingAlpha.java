package org.standoff.core.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal codes on units (coding data), as DKPro Statistics'
 * {@code KrippendorffAlphaAgreement} with its nominal distance computes it, missing codes allowed.
 *
 * <p>Each unit is an array of codes, one per coder, {@code null} where a coder gave none; units with
 * fewer than two codes are not pairable and left out. From the coincidence matrix (each ordered pair of
 * codes from two coders of a unit with m codes counts 1/(m − 1)): Do = the share of disagreeing pairs,
 * De = the share two codes drawn at random from all pairable codes would disagree, α = 1 − Do/De.
 * Krippendorff's (2011) worked example, 4 coders, 12 units, missing values, gives α = 0.743.
 */
public final class CodingAlpha {
    private CodingAlpha() {
    }

    /** Nominal alpha over {@code units}; undefined ({@link Double#NaN}) without pairable codes or with one code only. */
    public static Coefficient nominal(List<String[]> units) {
        Map<String, Double> totals = new LinkedHashMap<>();
        double disagreeing = 0;
        for (String[] unit : units) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            int m = 0;
            for (String code : unit) {
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                // o_cc gets n_c(n_c − 1)/(m − 1); every pair with another code disagrees: n_c(m − n_c)/(m − 1)
                totals.merge(c.getKey(), (double) c.getValue(), Double::sum);
                disagreeing += c.getValue() * (double) (m - c.getValue()) / (m - 1);
            }
        }
        double n = 0;
        double squares = 0;
        for (double total : totals.values()) {
            n += total;
            squares += total * total;
        }
        if (n < 2) {
            return new Coefficient(Double.NaN, Double.NaN, Double.NaN);
        }
        double observed = disagreeing / n;
        double expected = (n * n - squares) / (n * (n - 1));
        return new Coefficient(observed, expected, totals.size() < 2 ? Double.NaN : 1 - observed / expected);
    }
}
