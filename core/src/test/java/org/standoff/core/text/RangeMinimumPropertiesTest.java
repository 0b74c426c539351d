package org.standoff.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The range-minimum engine against a linear scan, on arrays spanning several 64-value blocks. */
class RangeMinimumPropertiesTest {

    @Property
    void reportsExactlyThePositionsAtMostTheBoundInOrder(
            @ForAll @Size(max = 400) List<@IntRange(min = -20, max = 20) Integer> list,
            @ForAll @IntRange(max = 400) int x, @ForAll @IntRange(max = 400) int y,
            @ForAll @IntRange(min = -22, max = 22) int bound) {
        int[] values = list.stream().mapToInt(Integer::intValue).toArray();
        int from = Math.min(Math.min(x, y), values.length);
        int to = Math.min(Math.max(x, y), values.length);
        List<Integer> reported = new ArrayList<>();

        new RangeMinimum(values).reportAtMost(from, to, bound, reported::add);

        assertThat(reported).isEqualTo(IntStream.range(from, to).filter(i -> values[i] <= bound).boxed()
                .collect(Collectors.toList()));
    }

    @Property
    void findsAMinimumOfEveryRange(
            @ForAll @Size(min = 1, max = 400) List<@IntRange(min = -1000, max = 1000) Integer> list,
            @ForAll @IntRange(max = 399) int x, @ForAll @IntRange(max = 399) int y) {
        int[] values = list.stream().mapToInt(Integer::intValue).toArray();
        int first = Math.min(Math.min(x, y), values.length - 1);
        int last = Math.min(Math.max(x, y), values.length - 1);

        int position = new RangeMinimum(values).minimumPosition(first, last);

        assertThat(position).isBetween(first, last);
        assertThat(values[position]).isEqualTo(IntStream.rangeClosed(first, last).map(i -> values[i]).min().orElseThrow());
    }
}
