package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws the span relations promise, on small random spans, zero-width ones included. */
class SpanRelationsPropertiesTest {

    @Property
    void exactlyOneOfPrecedesOverlapsFollows(@ForAll("spans") Span a, @ForAll("spans") Span b) {
        int holding = (SpanRelations.precedes(a, b) ? 1 : 0) + (SpanRelations.overlaps(a, b) ? 1 : 0)
                + (SpanRelations.follows(a, b) ? 1 : 0);
        assertThat(holding).as("precedes + overlaps + follows for %s, %s", a, b).isEqualTo(1);
    }

    @Property
    void overlapsIsSymmetricAndReflexive(@ForAll("spans") Span a, @ForAll("spans") Span b) {
        assertThat(SpanRelations.overlaps(a, b)).isEqualTo(SpanRelations.overlaps(b, a));
        assertThat(SpanRelations.overlaps(a, a)).isTrue();
    }

    @Property
    void nonEmptySpansOverlapWhenTheyShareACodeUnit(@ForAll("spans") Span a, @ForAll("spans") Span b) {
        boolean shareUnit = IntStream.range(a.start(), a.end()).anyMatch(unit -> b.start() <= unit && unit < b.end());
        if (!a.isEmpty() && !b.isEmpty()) {
            assertThat(SpanRelations.overlaps(a, b)).isEqualTo(shareUnit);
        }
    }

    @Property
    void conversesAgree(@ForAll("spans") Span a, @ForAll("spans") Span b) {
        assertThat(SpanRelations.coveredBy(a, b)).isEqualTo(SpanRelations.covers(b, a));
        assertThat(SpanRelations.follows(a, b)).isEqualTo(SpanRelations.precedes(b, a));
        assertThat(SpanRelations.colocated(a, b)).isEqualTo(a.equals(b))
                .isEqualTo(SpanRelations.covers(a, b) && SpanRelations.covers(b, a));
    }

    @Property
    void coveringANonEmptySpanOverlapsIt(@ForAll("spans") Span a, @ForAll("spans") Span b) {
        if (SpanRelations.covers(a, b) && !b.isEmpty()) {
            assertThat(SpanRelations.overlaps(a, b)).isTrue();
        }
    }

    @Property
    void containsIsOverlappingAZeroWidthSpan(@ForAll("spans") Span span, @ForAll @IntRange(max = 14) int point) {
        assertThat(SpanRelations.contains(span, point)).isEqualTo(SpanRelations.overlaps(span, Span.at(point)));
        if (!span.isEmpty()) {
            assertThat(SpanRelations.contains(span, point)).isEqualTo(span.start() <= point && point < span.end());
        }
    }

    @Provide
    Arbitrary<Span> spans() {
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 12);
        return Combinators.combine(offsets, offsets).as((x, y) -> Span.of(Math.min(x, y), Math.max(x, y)));
    }
}
