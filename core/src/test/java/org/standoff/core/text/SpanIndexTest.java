package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpanIndexTest {

    private static final Map<String, Span> JAVADOC_EXAMPLE = Map.of(
            "A", Span.of(0, 10), "B", Span.of(0, 4), "C", Span.of(4, 4), "D", Span.of(4, 10));

    @Test
    void classJavadocExampleHolds() {
        SpanIndex<String> index = SpanIndex.of(List.of("C", "D", "B", "A"), JAVADOC_EXAMPLE::get);

        assertThat(index.all()).containsExactly("A", "B", "D", "C");
        assertThat(index.covering(Span.at(4))).containsExactly("A", "B", "D", "C");
        assertThat(index.coveredBy(Span.of(0, 4))).containsExactly("B", "C");
        assertThat(index.overlapping(Span.at(4))).containsExactly("A", "D", "C");
        assertThat(index.at(4)).containsExactly("A", "D", "C");
    }

    @Test
    void equalSpansKeepInsertionOrderAndDuplicatesAreKept() {
        Span same = Span.of(2, 5);
        SpanIndex<String> index = SpanIndex.of(List.of("second", "first", "second"), item -> same);

        assertThat(index.overlapping(Span.of(3, 4))).containsExactly("second", "first", "second");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void emptyIndexFindsNothing() {
        SpanIndex<String> index = SpanIndex.of(List.of(), item -> Span.at(0));

        assertThat(index.covering(Span.of(0, 9))).isEmpty();
        assertThat(index.coveredBy(Span.of(0, 9))).isEmpty();
        assertThat(index.at(0)).isEmpty();
        assertThat(index.all()).isEmpty();
    }

    @Test
    void resultsAreUnmodifiable() {
        SpanIndex<String> index = SpanIndex.of(List.of("C", "D", "B", "A"), JAVADOC_EXAMPLE::get);

        assertThatThrownBy(() -> index.all().set(0, "X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> index.at(4).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullItemsAndSpansAreRejected() {
        assertThatThrownBy(() -> SpanIndex.of(Arrays.asList("A", null), JAVADOC_EXAMPLE::get))
                .isInstanceOf(NullPointerException.class).hasMessage("item");
        assertThatThrownBy(() -> SpanIndex.of(List.of("unknown"), JAVADOC_EXAMPLE::get))
                .isInstanceOf(NullPointerException.class).hasMessage("span of item unknown");
    }

    @Test
    void spansAtTheLargestOffsetDoNotOverflow() {
        int max = Integer.MAX_VALUE;
        SpanIndex<Span> index = SpanIndex.of(List.of(Span.at(max), Span.of(max - 1, max), Span.of(0, max)),
                Function.identity());

        assertThat(index.at(max)).containsExactly(Span.at(max));
        assertThat(index.at(max - 1)).containsExactly(Span.of(0, max), Span.of(max - 1, max));
        assertThat(index.covering(Span.at(max))).containsExactly(Span.of(0, max), Span.of(max - 1, max), Span.at(max));
        assertThat(index.coveredBy(Span.of(max - 1, max))).containsExactly(Span.of(max - 1, max), Span.at(max));
    }

    @Test
    void largeIndexAgreesWithTheScan() {
        Random random = new Random(42);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            int start = random.nextInt(150_000);
            spans.add(Span.of(start, start + random.nextInt(i % 10 == 0 ? 5_000 : 20)));
        }
        SpanIndex<Span> index = SpanIndex.of(spans, Function.identity());
        List<Span> sorted = spans.stream().sorted(Comparator.comparing(Function.identity(), Span.DOCUMENT_ORDER))
                .collect(Collectors.toList());
        for (int q = 0; q < 10; q++) {
            int start = random.nextInt(150_000);
            Span query = Span.of(start, start + random.nextInt(q % 2 == 0 ? 10 : 3_000));
            assertThat(index.covering(query)).isEqualTo(filter(sorted, s -> SpanRelations.covers(s, query)));
            assertThat(index.coveredBy(query)).isEqualTo(filter(sorted, s -> SpanRelations.coveredBy(s, query)));
            assertThat(index.overlapping(query)).isEqualTo(filter(sorted, s -> SpanRelations.overlaps(s, query)));
        }
    }

    private static List<Span> filter(List<Span> spans, Predicate<Span> keep) {
        return spans.stream().filter(keep).collect(Collectors.toList());
    }
}
