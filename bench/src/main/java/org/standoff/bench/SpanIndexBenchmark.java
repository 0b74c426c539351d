package org.standoff.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanIndex;
import org.standoff.core.text.SpanRelations;

/**
 * {@link SpanIndex} queries against a linear scan that filters the spans, already in document
 * order, with {@link SpanRelations}: the same answer, in the same order.
 *
 * <p>The spans imitate an annotated text about six characters per span long: 80% token-sized
 * (1-12 units), 2% zero-width, 13% sentence-sized (20-250) and 5% paragraph-sized (200-1,500),
 * at random starts. Queries are token-sized (0-20 units) at random starts, cycled through 1,024
 * fixed ones, so a covering query finds the enclosing sentences and paragraphs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SpanIndexBenchmark {

    private static final int QUERIES = 1024;

    /** The number of indexed spans. */
    @Param({"1000", "100000", "1000000"})
    public int spans;

    private Span[] documentOrder;
    private SpanIndex<Span> index;
    private Span[] queries;
    private int next;

    /** Builds the spans, the index and the queries from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(20240601L);
        int textLength = spans * 6;
        List<Span> generated = new ArrayList<>(spans);
        for (int i = 0; i < spans; i++) {
            generated.add(randomSpan(random, textLength));
        }
        index = SpanIndex.of(generated, Function.identity());
        documentOrder = generated.toArray(new Span[0]);
        Arrays.sort(documentOrder, Span.DOCUMENT_ORDER);
        queries = new Span[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            int start = random.nextInt(textLength);
            queries[i] = Span.of(start, start + random.nextInt(21));
        }
    }

    /** Overlapping, by the index. */
    @Benchmark
    public List<Span> overlappingIndex() {
        return index.overlapping(nextQuery());
    }

    /** Overlapping, by the scan. */
    @Benchmark
    public List<Span> overlappingScan() {
        return scan(nextQuery(), SpanRelations::overlaps);
    }

    /** Covering, by the index. */
    @Benchmark
    public List<Span> coveringIndex() {
        return index.covering(nextQuery());
    }

    /** Covering, by the scan. */
    @Benchmark
    public List<Span> coveringScan() {
        return scan(nextQuery(), SpanRelations::covers);
    }

    private Span nextQuery() {
        next = (next + 1) & (QUERIES - 1);
        return queries[next];
    }

    /** The baseline: every span in document order that stands in {@code relation} to the query. */
    private List<Span> scan(Span query, BiPredicate<Span, Span> relation) {
        List<Span> found = new ArrayList<>();
        for (Span span : documentOrder) {
            if (relation.test(span, query)) {
                found.add(span);
            }
        }
        return found;
    }

    private static Span randomSpan(Random random, int textLength) {
        int kind = random.nextInt(100);
        int start = random.nextInt(textLength);
        if (kind < 2) {
            return Span.at(start);
        }
        if (kind < 82) {
            return Span.of(start, start + 1 + random.nextInt(12));
        }
        if (kind < 95) {
            return Span.of(start, start + 20 + random.nextInt(231));
        }
        return Span.of(start, start + 200 + random.nextInt(1301));
    }
}
