package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The cost arithmetic saturates: it equals the exact value, or Long.MAX_VALUE when that is larger. */
class QueryCostProperties {
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static long saturated(BigInteger exact) {
        return exact.min(MAX).longValueExact();
    }

    @Property
    void addIsExactOrSaturated(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
                               @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
        assertThat(QueryCost.add(a, b)).isEqualTo(saturated(BigInteger.valueOf(a).add(BigInteger.valueOf(b))));
    }

    @Property
    void multiplyIsExactOrSaturated(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
                                    @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b) {
        assertThat(QueryCost.multiply(a, b)).isEqualTo(saturated(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))));
    }

    @Example
    void boundaries() {
        assertThat(QueryCost.add(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.add(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.add(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.multiply(3_037_000_499L, 3_037_000_499L)).isEqualTo(9_223_372_030_926_249_001L);
        assertThat(QueryCost.multiply(3_037_000_500L, 3_037_000_500L)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.multiply(0, Long.MAX_VALUE)).isZero();
        assertThat(QueryCost.multiply(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.multiply(Long.MAX_VALUE / 2, 2)).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(QueryCost.multiply(Long.MAX_VALUE / 2 + 1, 2)).isEqualTo(Long.MAX_VALUE);
    }
}
