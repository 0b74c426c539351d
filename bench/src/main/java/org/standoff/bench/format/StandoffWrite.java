package org.standoff.bench.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writing the corpus of {@link FormatCorpus} as UTF-8 bytes: our canonical writer (offsets
 * converted to code points, covered texts cut from the text) beside Jackson databind writing the
 * same JSON from plain records. One operation writes the whole corpus; MB/s is counted on the
 * canonical file size, so the ratios compare documents per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class StandoffWrite {

    /** A reused output buffer. */
    @State(Scope.Thread)
    public static class Sink {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    }

    /** Our canonical writer, the file layout: {@code StandoffJson.write(Document, OutputStream, DEFAULTS)}. */
    @Benchmark
    public int standoffWriter(FormatCorpus corpus, Sink sink) throws IOException {
        sink.out.reset();
        for (Document document : corpus.documents) {
            StandoffJson.write(document, sink.out, WriterOptions.DEFAULTS);
        }
        return sink.out.size();
    }

    /**
     * Our canonical writer, compact (the JSON Lines form, one line per document), UTF-8 straight to
     * bytes as {@code JsonlWriter} writes it.
     */
    @Benchmark
    public int standoffCompact(FormatCorpus corpus, Sink sink) throws IOException {
        sink.out.reset();
        for (Document document : corpus.documents) {
            StandoffJson.writeLine(document, sink.out, WriterOptions.DEFAULTS);
        }
        return sink.out.size();
    }

    /** Jackson databind writing the same JSON from {@link WireDocument} records (compact). */
    @Benchmark
    public int jacksonRecords(FormatCorpus corpus, Sink sink) throws IOException {
        sink.out.reset();
        for (WireDocument record : corpus.records) {
            FormatCorpus.MAPPER.writeValue(sink.out, record);
        }
        return sink.out.size();
    }
}
