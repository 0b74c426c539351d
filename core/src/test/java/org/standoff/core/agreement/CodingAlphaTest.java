package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.junit.jupiter.api.Test;

class CodingAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the nominal example: coders A–D,
     * 12 units, "." a missing value. Unit 12 has one value only and is not pairable.
     */
    static List<String[]> krippendorff2011() {
        String[] rows = {
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 ."};
        List<String[]> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            String[] unit = new String[4];
            for (int c = 0; c < 4; c++) {
                String value = rows[c].split(" ")[u];
                unit[c] = value.equals(".") ? null : value;
            }
            units.add(unit);
        }
        return units;
    }

    static double dkpro(List<String[]> units) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(units.get(0).length);
        for (String[] unit : units) {
            study.addItemAsArray(unit);
        }
        return new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
    }

    @Test
    void krippendorffsWorkedExampleGivesPointSevenFourThree() {
        Coefficient alpha = CodingAlpha.nominal(krippendorff2011());

        // 40 pairable values (n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3); 8 of them in disagreeing
        // coincidences: Do = 8/40 = 0.2, De = (40² − 384)/(40·39) = 0.77949; alpha = 1 − 0.2/0.77949 = 0.7434
        assertThat(alpha.observed()).isEqualTo(0.2, within(1e-15));
        assertThat(alpha.expected()).isEqualTo(1216.0 / 1560, within(1e-15));
        assertThat(alpha.value()).isEqualTo(0.743, within(0.0005));
        assertThat(alpha.value()).isEqualTo(dkpro(krippendorff2011()), within(1e-12));
    }

    @Test
    void twoCodersOnSixUnitsGiveThirtyTwoFortyThirds() {
        // the token labels of CorpusAgreementTest's first article: one token labelled differently
        List<String[]> units = List.of(new String[] {"source", "source"}, new String[] {"cue", "cue"},
                new String[] {"content", "content"}, new String[] {"content", "content"},
                new String[] {"content", "content"}, new String[] {"none", "content"});
        Coefficient alpha = CodingAlpha.nominal(units);

        // n = 12 values: source 2, cue 2, content 7, none 1; Do = 2/12; De = (144 − 58)/(12·11) = 86/132
        assertThat(alpha.observed()).isEqualTo(2.0 / 12, within(1e-15));
        assertThat(alpha.expected()).isEqualTo(86.0 / 132, within(1e-15));
        assertThat(alpha.value()).isEqualTo(32.0 / 43, within(1e-15));
        assertThat(alpha.value()).isEqualTo(dkpro(units), within(1e-12));
    }

    @Test
    void undefinedWithoutPairableValuesOrWithOneValueOnly() {
        assertThat(CodingAlpha.nominal(List.of()).defined()).isFalse();
        assertThat(CodingAlpha.nominal(List.<String[]>of(new String[] {"a", null})).defined()).isFalse();
        assertThat(CodingAlpha.nominal(List.<String[]>of(new String[] {"a", "a"}, new String[] {"a", "a"})).defined()).isFalse();
    }

    @Property(tries = 200)
    void equalsDkproOnRandomStudies(@ForAll @Size(min = 2, max = 30) List<@Size(value = 4) List<@IntRange(min = 0, max = 3) Integer>> codes) {
        List<String[]> units = new ArrayList<>();
        for (List<Integer> unit : codes) {
            // 0 is a missing value; at least the first two coders give one
            String[] values = new String[unit.size()];
            for (int c = 0; c < unit.size(); c++) {
                values[c] = unit.get(c) == 0 && c >= 2 ? null : "c" + Math.max(1, unit.get(c));
            }
            units.add(values);
        }
        Coefficient alpha = CodingAlpha.nominal(units);
        long categories = units.stream().flatMap(Arrays::stream).filter(Objects::nonNull).distinct().count();
        if (categories < 2) {
            // DKPro refuses a study with one category (nothing to agree on); alpha is undefined then
            assertThat(alpha.defined()).isFalse();
            return;
        }
        double expected = dkpro(units);
        if (alpha.defined()) {
            assertThat(alpha.value()).isEqualTo(expected, within(1e-9));
        }
    }
}
