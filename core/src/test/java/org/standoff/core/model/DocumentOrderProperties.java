package org.standoff.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A document keeps each kind's span annotations in document order whatever order they were added
 * in. It checks the order without sorting when the input is ordered, so ordered, shuffled and
 * tied (same span, ids decide) inputs must all come out as a plain sort puts them.
 */
class DocumentOrderProperties {

    @Provide
    Arbitrary<List<Segment>> segments() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 4);
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'd').ofMinLength(1).ofMaxLength(2);
        Arbitrary<Segment> segment = Combinators.combine(id, start, length)
                .as((i, s, l) -> Segment.of(i, s, s + l, SegmentType.TOKEN));
        Arbitrary<List<Segment>> any = segment.list().ofMaxSize(25);
        // nearly ordered inputs are the ones an order check can get wrong
        Arbitrary<List<Segment>> byStartOnly = any.map(list -> {
            List<Segment> copy = new ArrayList<>(list);
            copy.sort(java.util.Comparator.comparingInt(s -> s.span().start()));
            return copy;
        });
        Arbitrary<List<Segment>> oneSwap = Combinators.combine(any.map(DocumentOrderProperties::sortedCopy),
                Arbitraries.integers().between(0, 23)).as((list, at) -> {
                    List<Segment> copy = new ArrayList<>(list);
                    if (at + 1 < copy.size()) {
                        java.util.Collections.swap(copy, at, at + 1);
                    }
                    return copy;
                });
        return Arbitraries.oneOf(any, any.map(DocumentOrderProperties::sortedCopy), byStartOnly, oneSwap);
    }

    @Property(tries = 500)
    void eachKindComesOutInDocumentOrder(@ForAll("segments") List<Segment> added) {
        DocumentBuilder builder = Document.builder("d", "x".repeat(20));
        added.forEach(builder::add);

        assertThat(builder.build().segments()).containsExactlyElementsOf(sortedCopy(added));
    }

    private static List<Segment> sortedCopy(List<Segment> segments) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(SpanAnnotation.DOCUMENT_ORDER);
        return sorted;
    }
}
