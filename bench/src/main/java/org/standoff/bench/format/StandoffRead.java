package org.standoff.bench.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * Reading the corpus of {@link FormatCorpus}: our full reader (validation, covered-text checks,
 * offset conversion) beside three Jackson baselines over the same bytes. One operation reads the
 * whole corpus; MB/s = ops/s × corpus MB (see {@code BenchTable}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class StandoffRead {
    private static final JsonFactory FACTORY = FormatCorpus.MAPPER.getFactory();

    /** (a) The practical limit: Jackson's streaming parser, nextToken() over every token, values not decoded. */
    @Benchmark
    public long jacksonTokens(FormatCorpus corpus) throws IOException {
        long tokens = 0;
        for (byte[] file : corpus.files) {
            try (JsonParser parser = FACTORY.createParser(file)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    /**
     * (a') The token pass with every name and value decoded (strings materialized, numbers parsed):
     * the least a reader on Jackson's streaming parser that looks at every value does.
     */
    @Benchmark
    public long jacksonValues(FormatCorpus corpus) throws IOException {
        long sum = 0;
        for (byte[] file : corpus.files) {
            try (JsonParser parser = FACTORY.createParser(file)) {
                sum += CpuCheck.decodeAll(parser);
            }
        }
        return sum;
    }

    /** (b) Jackson databind to a JsonNode tree. */
    @Benchmark
    public void jacksonTree(FormatCorpus corpus, Blackhole bh) throws IOException {
        for (byte[] file : corpus.files) {
            JsonNode tree = FormatCorpus.MAPPER.readTree(file);
            bh.consume(tree);
        }
    }

    /** (c) Jackson databind into plain records of the same JSON. */
    @Benchmark
    public void jacksonRecords(FormatCorpus corpus, Blackhole bh) throws IOException {
        for (byte[] file : corpus.files) {
            bh.consume(FormatCorpus.MAPPER.readValue(file, WireDocument.class));
        }
    }

    /**
     * (d) Our full reader from bytes in memory, {@code StandoffJson.read(byte[], name)}: the same
     * input as databind's {@code readValue(byte[], type)} gets.
     */
    @Benchmark
    public void standoffBytes(FormatCorpus corpus, Blackhole bh) {
        for (byte[] file : corpus.files) {
            ReadResult result = StandoffJson.read(file, "bench");
            bh.consume(result.document());
            bh.consume(result.diagnostics());
        }
    }

    /** Our full reader from a stream, {@code StandoffJson.read(InputStream, name)}, which copies the bytes in first. */
    @Benchmark
    public void standoffStream(FormatCorpus corpus, Blackhole bh) {
        for (byte[] file : corpus.files) {
            ReadResult result = StandoffJson.read(new ByteArrayInputStream(file), "bench");
            bh.consume(result.document());
            bh.consume(result.diagnostics());
        }
    }

    /** Our full reader from a String (the JSON Lines path): {@code StandoffJson.fromJson(String)}. */
    @Benchmark
    public void standoffString(FormatCorpus corpus, Blackhole bh) {
        for (String json : corpus.strings) {
            ReadResult result = StandoffJson.fromJson(json);
            bh.consume(result.document());
            bh.consume(result.diagnostics());
        }
    }
}
