package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every span index query equals a linear scan that filters with {@link SpanRelations}, in the same
 * order, on random span sets crowded with zero-width spans and duplicates.
 */
class SpanIndexPropertiesTest {

    /** An indexed item; the id tells items with equal spans apart. */
    record Item(int id, Span span) {
    }

    @Property
    void coveringEqualsTheScan(@ForAll("items") List<Item> items, @ForAll("queries") Span query) {
        assertThat(ids(SpanIndex.of(items, Item::span).covering(query)))
                .isEqualTo(scan(sorted(items), item -> SpanRelations.covers(item.span(), query)));
    }

    @Property
    void coveredByEqualsTheScan(@ForAll("items") List<Item> items, @ForAll("queries") Span query) {
        assertThat(ids(SpanIndex.of(items, Item::span).coveredBy(query)))
                .isEqualTo(scan(sorted(items), item -> SpanRelations.coveredBy(item.span(), query)));
    }

    @Property
    void overlappingEqualsTheScan(@ForAll("items") List<Item> items, @ForAll("queries") Span query) {
        assertThat(ids(SpanIndex.of(items, Item::span).overlapping(query)))
                .isEqualTo(scan(sorted(items), item -> SpanRelations.overlaps(item.span(), query)));
    }

    @Property
    void atEqualsTheScanAtEveryPoint(@ForAll("items") List<Item> items) {
        SpanIndex<Item> index = SpanIndex.of(items, Item::span);
        List<Item> sorted = sorted(items);
        for (int point = 0; point <= 42; point++) {
            int at = point;
            assertThat(ids(index.at(at))).as("at(%d)", at)
                    .isEqualTo(scan(sorted, item -> SpanRelations.contains(item.span(), at)));
        }
    }

    @Property
    void allIsDocumentOrderWithTiesInInsertionOrder(@ForAll("items") List<Item> items) {
        SpanIndex<Item> index = SpanIndex.of(items, Item::span);

        assertThat(ids(index.all())).isEqualTo(scan(sorted(items), item -> true));
        assertThat(index.size()).isEqualTo(items.size());
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<Span> spans = Arbitraries.oneOf(spansWithin(40), Arbitraries.integers().between(0, 40).map(Span::at));
        return spans.list().ofMaxSize(200)
                .map(list -> IntStream.range(0, list.size()).mapToObj(i -> new Item(i, list.get(i))).collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<Span> queries() {
        return Arbitraries.oneOf(spansWithin(44), Arbitraries.integers().between(0, 44).map(Span::at));
    }

    private static Arbitrary<Span> spansWithin(int limit) {
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, limit);
        return Combinators.combine(offsets, offsets).as((x, y) -> Span.of(Math.min(x, y), Math.max(x, y)));
    }

    /** The oracle's order: a stable sort into document order, so equal spans keep insertion order. */
    private static List<Item> sorted(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::span, Span.DOCUMENT_ORDER));
        return sorted;
    }

    /** The oracle: a linear filter of the sorted items. */
    private static List<Integer> scan(List<Item> sorted, Predicate<Item> keep) {
        return ids(sorted.stream().filter(keep).collect(Collectors.toList()));
    }

    private static List<Integer> ids(List<Item> items) {
        return items.stream().map(Item::id).collect(Collectors.toList());
    }
}
