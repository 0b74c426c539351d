package org.standoff.bench.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * The benchmark corpus, in every form the benchmarks start from: canonical standoff JSON bytes and
 * strings, the documents, and the same JSON as {@link WireDocument} records. One operation reads or
 * writes the whole corpus, so MB/s = ops/s × {@link #megabytes()}.
 *
 * <ul>
 *   <li>{@code articles}: 24 generated articles of ~5,100 characters each (the shipped article's size
 *       and annotation density), every third with supplementary characters — about 4.6 MB of JSON;</li>
 *   <li>{@code large}: one generated document of ~80,000 characters with supplementary
 *       characters, the same density — about 3.3 MB of JSON in one file.</li>
 * </ul>
 */
@State(Scope.Benchmark)
public class FormatCorpus {
    /** The corpus shape. */
    @Param({"articles", "large"})
    public String shape;

    static final ObjectMapper MAPPER = new ObjectMapper();

    byte[][] files;
    String[] strings;
    Document[] documents;
    WireDocument[] records;
    long bytes;

    @Setup(Level.Trial)
    public void setUp() {
        List<Document> generated = generate(shape);
        int n = generated.size();
        files = new byte[n][];
        strings = new String[n];
        documents = new Document[n];
        records = new WireDocument[n];
        bytes = 0;
        for (int i = 0; i < n; i++) {
            strings[i] = StandoffJson.toJson(generated.get(i));
            files[i] = strings[i].getBytes(StandardCharsets.UTF_8);
            bytes += files[i].length;
            ReadResult read = StandoffJson.fromJson(strings[i]);
            if (!read.diagnostics().isEmpty()) {
                throw new IllegalStateException("the generated corpus must read cleanly: " + read.diagnostics());
            }
            documents[i] = read.document();
            try {
                records[i] = MAPPER.readValue(files[i], WireDocument.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The documents of a shape. */
    static List<Document> generate(String shape) {
        switch (shape) {
            case "articles": return ArticleCorpus.articles(2001, 24, 5100);
            case "large": return List.of(ArticleCorpus.article("large", 77, 80_000, true));
            default: throw new IllegalArgumentException("unknown shape " + shape);
        }
    }

    /** The corpus size in MB (10^6 bytes). */
    double megabytes() {
        return bytes / 1e6;
    }
}
