package org.standoff.core.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's and Fleiss' kappa on categorical codes, as DKPro Statistics computes them.
 *
 * <p>Each item is one array of codes, one per rater. Example (Cohen 1960, the textbook table): 50
 * items, both say yes on 20, both no on 15, A yes and B no on 5, A no and B yes on 10: observed
 * 35/50 = 0.70, expected (25·30 + 25·20)/50² = 0.50, kappa 0.40.
 */
public final class Kappa {
    private Kappa() {
    }

    /**
     * Cohen's kappa for two raters: {@code (Ao − Ae) / (1 − Ae)} where Ae multiplies each rater's own
     * share of a category.
     *
     * @throws IllegalArgumentException if an item does not have exactly two codes
     */
    public static Coefficient cohen(List<String[]> items) {
        Map<String, long[]> perCategory = new LinkedHashMap<>();
        long agreeing = 0;
        for (String[] item : items) {
            if (item.length != 2) {
                throw new IllegalArgumentException("Cohen's kappa needs two codes per item, got " + item.length);
            }
            perCategory.computeIfAbsent(item[0], c -> new long[2])[0]++;
            perCategory.computeIfAbsent(item[1], c -> new long[2])[1]++;
            if (item[0].equals(item[1])) {
                agreeing++;
            }
        }
        double n = items.size();
        double expected = 0;
        for (long[] counts : perCategory.values()) {
            expected += counts[0] * (double) counts[1];
        }
        return chanceCorrected(perCategory.size(), agreeing / n, expected / (n * n));
    }

    /**
     * Fleiss' kappa for any number (at least two) of raters, every item coded by all of them:
     * observed agreement is the mean share of agreeing rater pairs per item, expected agreement the sum
     * of squared overall category shares.
     *
     * @throws IllegalArgumentException if items have fewer than two codes or differing numbers of codes
     */
    public static Coefficient fleiss(List<String[]> items) {
        if (items.isEmpty()) {
            return new Coefficient(Double.NaN, Double.NaN, Double.NaN);
        }
        int raters = items.get(0).length;
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least two codes per item");
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        double observed = 0;
        for (String[] item : items) {
            if (item.length != raters) {
                throw new IllegalArgumentException("every item needs " + raters + " codes, got " + item.length);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String code : item) {
                counts.merge(code, 1L, Long::sum);
                totals.merge(code, 1L, Long::sum);
            }
            double pairs = 0;
            for (long count : counts.values()) {
                pairs += count * (count - 1.0);
            }
            observed += pairs / (raters * (raters - 1.0));
        }
        double n = items.size();
        double expected = 0;
        for (long total : totals.values()) {
            double share = total / (n * raters);
            expected += share * share;
        }
        return chanceCorrected(totals.size(), observed / n, expected);
    }

    private static Coefficient chanceCorrected(int categories, double observed, double expected) {
        if (Double.isNaN(observed) || categories < 2) {
            return new Coefficient(observed, expected, Double.NaN);
        }
        return new Coefficient(observed, expected, (observed - expected) / (1 - expected));
    }
}
