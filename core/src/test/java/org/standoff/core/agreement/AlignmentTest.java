package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Extent;

class AlignmentTest {

    @Test
    void pairsAsManyAsPossibleWhereTheBestPartnerWouldLeaveOneAlone() {
        List<Extent> a = List.of(Extent.of(0, 10), Extent.of(0, 2));
        List<Extent> b = List.of(Extent.of(1, 9), Extent.of(9, 11));
        Alignment<Extent> aligned = Alignment.of(a, b, e -> e, (x, y) -> Matching.OVERLAP.matches(x, y));
        assertThat(aligned.pairs()).containsExactly(
                new Alignment.Pair<>(Extent.of(0, 10), Extent.of(9, 11)),
                new Alignment.Pair<>(Extent.of(0, 2), Extent.of(1, 9)));
        assertThat(aligned.onlyFirst()).isEmpty();
        assertThat(aligned.onlySecond()).isEmpty();
    }

    @Test
    void equalExtentsPairFirstAndTouchingSpansDoNotPair() {
        List<Extent> a = List.of(Extent.of(0, 10), Extent.of(20, 30));
        List<Extent> b = List.of(Extent.of(5, 10), Extent.of(0, 10), Extent.of(30, 40));
        Alignment<Extent> aligned = Alignment.of(a, b, e -> e, (x, y) -> Matching.OVERLAP.matches(x, y));
        assertThat(aligned.pairs()).containsExactly(new Alignment.Pair<>(Extent.of(0, 10), Extent.of(0, 10)));
        assertThat(aligned.onlyFirst()).containsExactly(Extent.of(20, 30));
        assertThat(aligned.onlySecond()).containsExactly(Extent.of(5, 10), Extent.of(30, 40));
    }
}
