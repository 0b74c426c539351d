package org.standoff.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable index over items that have {@link Span}s, answering the {@link SpanRelations}
 * queries (covering, covered by, overlapping, at a point) in O(log n + k) for n items and k results.
 * Every result is in document order ({@link Span#DOCUMENT_ORDER}: start ascending, end descending),
 * and items with equal spans keep the order in which the collection yielded them.
 *
 * <p>Example:
 * <pre>
 *   items, in document order:  A [0, 10)   B [0, 4)   D [4, 10)   C [4, 4)
 *
 *   covering([4, 4))     -&gt; A, B, D, C   covers compares the ranges, ends included
 *   coveredBy([0, 4))    -&gt; B, C         C is zero-width at the query's end
 *   overlapping([4, 4))  -&gt; A, D, C      B ends at 4, so it does not reach the point 4
 *   at(4)                -&gt; A, D, C      the same query
 * </pre>
 *
 * <p>How: the items are sorted in document order, so every query's candidates by start form a
 * prefix or a range of that array, and the condition on the end is a three-sided range query
 * answered by a {@link RangeMinimum} over the ends (and one over the negated ends): an in-order walk
 * of the range's Cartesian tree that stops under every subtree whose extreme end fails the bound,
 * which visits O(1 + k) nodes and reports them in array order. Memory is about 40 bytes per item.
 *
 * <p>Query spans and points count UTF-16 code units, like every {@link Span}; a null query throws
 * {@link NullPointerException}. Results are unmodifiable lists, never null, empty when nothing
 * matches. Instances are immutable and safe to share between threads if the items are; the spans
 * are read once, when the index is built.
 *
 * @param <T> the type of the indexed items; never null
 */
public final class SpanIndex<T> {

    private final Object[] items;
    private final int[] starts;
    private final int[] ends;
    private final RangeMinimum smallestEnd;
    private final RangeMinimum largestEnd;

    private SpanIndex(Object[] items, int[] starts, int[] ends) {
        this.items = items;
        this.starts = starts;
        this.ends = ends;
        this.smallestEnd = new RangeMinimum(ends);
        this.largestEnd = new RangeMinimum(Arrays.stream(ends).map(end -> -end).toArray());
    }

    /**
     * An index over {@code items}, with {@code span} giving each item's span. O(n log n).
     *
     * @param items the items, never null and without null elements; duplicates are indexed twice
     * @param span  an item's span, never returning null; called once per item
     * @throws NullPointerException when an item or its span is null
     */
    public static <T> SpanIndex<T> of(Collection<? extends T> items, Function<? super T, Span> span) {
        Objects.requireNonNull(span, "span");
        Object[] byInsertion = items.toArray();
        Span[] spans = new Span[byInsertion.length];
        Integer[] order = new Integer[byInsertion.length];
        for (int i = 0; i < byInsertion.length; i++) {
            @SuppressWarnings("unchecked")
            T item = (T) Objects.requireNonNull(byInsertion[i], "item");
            spans[i] = Objects.requireNonNull(span.apply(item), () -> "span of item " + item);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> spans[i], Span.DOCUMENT_ORDER));
        Object[] sorted = new Object[order.length];
        int[] starts = new int[order.length];
        int[] ends = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = byInsertion[order[i]];
            starts[i] = spans[order[i]].start();
            ends[i] = spans[order[i]].end();
        }
        return new SpanIndex<>(sorted, starts, ends);
    }

    /** The number of indexed items. */
    public int size() {
        return items.length;
    }

    /** All items, in document order; an unmodifiable list. */
    public List<T> all() {
        return slice(0, items.length);
    }

    /**
     * The items whose span covers {@code query}: {@link SpanRelations#covers}{@code (span, query)},
     * in document order. A zero-width query at {@code p} finds every span with
     * {@code start <= p <= end}, ends included. O(log n + k).
     */
    public List<T> covering(Span query) {
        int candidates = firstStartAtLeast(query.start() + 1L);
        List<T> result = new ArrayList<>();
        largestEnd.reportAtMost(0, candidates, -query.end(), i -> result.add(item(i)));
        return Collections.unmodifiableList(result);
    }

    /**
     * The items whose span lies inside {@code query}: {@link SpanRelations#coveredBy}{@code (span, query)},
     * in document order. Includes zero-width spans at either end of the query. O(log n + k).
     */
    public List<T> coveredBy(Span query) {
        int from = firstStartAtLeast(query.start());
        int to = firstStartAtLeast(query.end() + 1L);
        List<T> result = new ArrayList<>();
        smallestEnd.reportAtMost(from, to, query.end(), i -> result.add(item(i)));
        return Collections.unmodifiableList(result);
    }

    /**
     * The items whose span overlaps {@code query}: {@link SpanRelations#overlaps}{@code (span, query)},
     * in document order. A zero-width query at {@code p} finds the spans that contain the code unit
     * at {@code p} and the zero-width spans at {@code p}; a zero-width item at {@code p} is found by
     * a query that starts at {@code p} or holds {@code p} strictly inside. O(log n + k).
     *
     * <p>How: the items starting before the query are those that reach past its start (a
     * three-sided query on the ends); the items starting inside its occupied range
     * {@code [start, max(end, start + 1))} all overlap it and form one run of the array.
     */
    public List<T> overlapping(Span query) {
        int startingInside = firstStartAtLeast(query.start());
        int startingAfter = firstStartAtLeast(Math.max(query.end(), query.start() + 1L));
        List<T> result = new ArrayList<>();
        largestEnd.reportAtMost(0, startingInside, -(query.start() + 1), i -> result.add(item(i)));
        result.addAll(slice(startingInside, startingAfter));
        return Collections.unmodifiableList(result);
    }

    /**
     * The items at {@code point}, a UTF-16 offset: {@link SpanRelations#contains}{@code (span, point)},
     * which is {@code overlapping(Span.at(point))}. Spans ending at {@code point} are not at it.
     *
     * @throws IllegalArgumentException when {@code point} is negative
     */
    public List<T> at(int point) {
        return overlapping(Span.at(point));
    }

    /** The index of the first item whose start is at least {@code key}, or {@code size()}. */
    private int firstStartAtLeast(long key) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @SuppressWarnings("unchecked")
    private T item(int i) {
        return (T) items[i];
    }

    @SuppressWarnings("unchecked")
    private List<T> slice(int from, int to) {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(items).subList(from, to));
    }
}
