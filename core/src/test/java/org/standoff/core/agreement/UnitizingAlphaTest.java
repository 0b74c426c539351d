package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

class UnitizingAlphaTest {

    /** Krippendorff (2004), "Measuring the reliability of qualitative text analysis data": L = 300 from 150. */
    static List<UnitizingAlpha.Section> krippendorff2004() {
        return List.of(
                new UnitizingAlpha.Section(0, 225, 70, "c"), new UnitizingAlpha.Section(0, 370, 30, "c"),
                new UnitizingAlpha.Section(1, 220, 80, "c"), new UnitizingAlpha.Section(1, 355, 20, "c"),
                new UnitizingAlpha.Section(1, 400, 20, "c"),
                new UnitizingAlpha.Section(0, 180, 60, "k"), new UnitizingAlpha.Section(0, 300, 50, "k"),
                new UnitizingAlpha.Section(1, 180, 60, "k"), new UnitizingAlpha.Section(1, 300, 50, "k"));
    }

    static KrippendorffAlphaUnitizingAgreement dkpro(long begin, long length, int raters,
                                                    List<UnitizingAlpha.Section> sections) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, begin, length);
        for (UnitizingAlpha.Section s : sections) {
            study.addUnit(s.begin(), s.length(), s.rater(), s.category());
        }
        return new KrippendorffAlphaUnitizingAgreement(study);
    }

    @Test
    void krippendorffsWorkedExample() {
        UnitizingAlpha.Result alpha = UnitizingAlpha.compute(150, 300, 2, krippendorff2004());
        Coefficient c = alpha.categories().get("c");
        Coefficient k = alpha.categories().get("k");
        // the paper's figures, which it rounds to four places
        assertThat(c.observed()).isEqualTo(0.0144, within(1e-4));
        assertThat(c.expected()).isEqualTo(0.0532, within(1e-4));
        assertThat(c.value()).isEqualTo(0.7285, within(1e-4));
        assertThat(k.observed()).isEqualTo(0.0);
        assertThat(k.expected()).isEqualTo(0.0490, within(1e-4));
        assertThat(k.value()).isEqualTo(1.0);
        assertThat(alpha.overall().value()).isEqualTo(0.8587, within(1e-4));
    }

    @Test
    void krippendorffsWorkedExampleEqualsDkpro() {
        KrippendorffAlphaUnitizingAgreement dkpro = dkpro(150, 300, 2, krippendorff2004());
        UnitizingAlpha.Result alpha = UnitizingAlpha.compute(150, 300, 2, krippendorff2004());
        assertThat(alpha.overall().value()).isEqualTo(dkpro.calculateAgreement(), within(1e-12));
        assertThat(alpha.categories().get("c").value()).isEqualTo(dkpro.calculateCategoryAgreement("c"), within(1e-12));
        assertThat(alpha.categories().get("k").value()).isEqualTo(dkpro.calculateCategoryAgreement("k"), within(1e-12));
    }

    @Test
    void identicalUnitizingIsOne() {
        List<UnitizingAlpha.Section> same = List.of(new UnitizingAlpha.Section(0, 10, 5, "x"),
                new UnitizingAlpha.Section(1, 10, 5, "x"), new UnitizingAlpha.Section(0, 40, 7, "y"),
                new UnitizingAlpha.Section(1, 40, 7, "y"));
        assertThat(UnitizingAlpha.compute(0, 100, 2, same).overall().value()).isEqualTo(1.0);
    }

    /** Any raters' units, non-overlapping per rater and category as the measure assumes: the same figure as DKPro. */
    @Property(tries = 200)
    void equalsDkproOnRandomStudies(@ForAll("studies") Tuple.Tuple3<Integer, Integer, List<UnitizingAlpha.Section>> study) {
        int length = study.get1();
        int raters = study.get2();
        List<UnitizingAlpha.Section> sections = study.get3();
        UnitizingAlpha.Result ours = UnitizingAlpha.compute(0, length, raters, sections);
        KrippendorffAlphaUnitizingAgreement dkpro = dkpro(0, length, raters, sections);
        double theirs = dkpro.calculateAgreement();
        if (Double.isNaN(theirs)) {
            assertThat(ours.overall().value()).isNaN();
        } else {
            assertThat(ours.overall().value()).isEqualTo(theirs, within(1e-9));
        }
        for (String category : ours.categories().keySet()) {
            double expected = dkpro.calculateCategoryAgreement(category);
            double actual = ours.categories().get(category).value();
            if (Double.isNaN(expected)) {
                assertThat(actual).isNaN();
            } else {
                assertThat(actual).isEqualTo(expected, within(1e-9));
            }
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Integer, List<UnitizingAlpha.Section>>> studies() {
        Arbitrary<Integer> lengths = Arbitraries.integers().between(20, 400);
        Arbitrary<Integer> raterCounts = Arbitraries.integers().between(2, 4);
        return lengths.flatMap(length -> raterCounts.flatMap(raters ->
                Arbitraries.integers().between(1, 60).list().ofMinSize(raters * 2).ofMaxSize(raters * 2 * 8)
                        .map(steps -> Tuple.of(length, raters, sections(length, raters, steps)))));
    }

    /** Turns random step sizes into alternating gaps and units per rater and category (a, b). */
    private static List<UnitizingAlpha.Section> sections(int length, int raters, List<Integer> steps) {
        List<UnitizingAlpha.Section> out = new ArrayList<>();
        int perTrack = Math.max(2, steps.size() / (raters * 2));
        int index = 0;
        for (int r = 0; r < raters; r++) {
            for (String category : List.of("a", "b")) {
                int pos = 0;
                for (int k = 0; k + 1 < perTrack && index + 1 < steps.size(); k += 2) {
                    int gap = steps.get(index++) % 25;
                    int size = 1 + steps.get(index++) % 30;
                    pos += gap;
                    if (pos + size > length) {
                        break;
                    }
                    out.add(new UnitizingAlpha.Section(r, pos, size, category));
                    pos += size;
                }
            }
        }
        return out;
    }
}
