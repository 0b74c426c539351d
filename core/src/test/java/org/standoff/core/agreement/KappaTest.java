package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.junit.jupiter.api.Test;

class KappaTest {

    /** Cohen's textbook table: yes/yes 20, yes/no 5, no/yes 10, no/no 15. */
    static List<String[]> cohenTable() {
        List<String[]> items = new ArrayList<>();
        add(items, 20, "yes", "yes");
        add(items, 5, "yes", "no");
        add(items, 10, "no", "yes");
        add(items, 15, "no", "no");
        return items;
    }

    /** Fleiss (1971) as Wikipedia works it: 10 subjects, 14 raters, 5 categories; counts per category. */
    static List<String[]> fleissTable() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<String[]> items = new ArrayList<>();
        for (int[] row : counts) {
            List<String> codes = new ArrayList<>();
            for (int c = 0; c < row.length; c++) {
                for (int k = 0; k < row[c]; k++) {
                    codes.add("c" + (c + 1));
                }
            }
            items.add(codes.toArray(String[]::new));
        }
        return items;
    }

    private static void add(List<String[]> items, int times, String a, String b) {
        for (int i = 0; i < times; i++) {
            items.add(new String[] {a, b});
        }
    }

    private static CodingAnnotationStudy dkpro(List<String[]> items) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(items.get(0).length);
        for (String[] item : items) {
            study.addItemAsArray(item);
        }
        return study;
    }

    @Test
    void cohenOnTheTextbookTableIsPointFour() {
        Coefficient kappa = Kappa.cohen(cohenTable());
        assertThat(kappa.observed()).isEqualTo(0.70, within(1e-12));
        assertThat(kappa.expected()).isEqualTo(0.50, within(1e-12));
        assertThat(kappa.value()).isEqualTo(0.40, within(1e-12));
    }

    @Test
    void cohenEqualsDkpro() {
        CohenKappaAgreement dkpro = new CohenKappaAgreement(dkpro(cohenTable()));
        assertThat(Kappa.cohen(cohenTable()).value()).isEqualTo(dkpro.calculateAgreement(), within(1e-12));
    }

    @Test
    void fleissOnFleissTableIsPointTwoOneZero() {
        Coefficient kappa = Kappa.fleiss(fleissTable());
        // Wikipedia: P̄ = 0.378, P̄e = 0.213, κ = 0.210 (rounded)
        assertThat(kappa.observed()).isEqualTo(0.378, within(5e-4));
        assertThat(kappa.expected()).isEqualTo(0.213, within(5e-4));
        assertThat(kappa.value()).isEqualTo(0.210, within(5e-4));
        FleissKappaAgreement dkpro = new FleissKappaAgreement(dkpro(fleissTable()));
        assertThat(kappa.value()).isEqualTo(dkpro.calculateAgreement(), within(1e-12));
        assertThat(kappa.observed()).isEqualTo(dkpro.calculateObservedAgreement(), within(1e-12));
        assertThat(kappa.expected()).isEqualTo(dkpro.calculateExpectedAgreement(), within(1e-12));
    }

    @Test
    void fleissOnTwoRatersEqualsDkproToo() {
        FleissKappaAgreement dkpro = new FleissKappaAgreement(dkpro(cohenTable()));
        assertThat(Kappa.fleiss(cohenTable()).value()).isEqualTo(dkpro.calculateAgreement(), within(1e-12));
    }

    @Test
    void oneCategoryOrNoItemsIsUndefined() {
        assertThat(Kappa.cohen(List.<String[]>of(new String[] {"x", "x"})).defined()).isFalse();
        assertThat(Kappa.cohen(List.of()).defined()).isFalse();
        assertThat(Kappa.fleiss(List.of()).defined()).isFalse();
    }
}
