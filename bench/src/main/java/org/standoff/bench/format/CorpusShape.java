package org.standoff.bench.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.standoff.core.model.Document;
import org.standoff.core.model.SegmentType;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * Prints the shape of the benchmark corpora (sizes and annotations per 1000 characters), to compare
 * with the shipped article, and checks that every generated document reads back cleanly and equal.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.standoff.bench.format.CorpusShape}</pre>
 */
public final class CorpusShape {
    private CorpusShape() {
    }

    public static void main(String[] args) {
        for (String shape : List.of("articles", "large")) {
            List<Document> documents = FormatCorpus.generate(shape);
            long chars = 0;
            long bytes = 0;
            long astral = 0;
            long[] counts = new long[9];
            for (Document d : documents) {
                String json = StandoffJson.toJson(d);
                ReadResult back = StandoffJson.fromJson(json);
                if (!back.diagnostics().isEmpty() || !back.document().equals(d)) {
                    throw new IllegalStateException(shape + ": " + d.id() + " does not read back cleanly: " + back.diagnostics());
                }
                chars += d.text().length();
                bytes += json.getBytes(StandardCharsets.UTF_8).length;
                astral += d.text().length() - d.text().codePointCount(0, d.text().length());
                counts[0] += d.entities().size();
                counts[1] += d.mentions().size();
                counts[2] += d.quotes().size();
                counts[3] += d.cues().size();
                counts[4] += d.attributions().size();
                counts[5] += d.claims().size();
                counts[6] += d.segments().stream().filter(s -> s.segmentType() == SegmentType.SENTENCE).count();
                counts[7] += d.segments().stream().filter(s -> s.segmentType() == SegmentType.PARAGRAPH).count();
                counts[8] += d.segments().stream().filter(s -> s.segmentType() == SegmentType.TOKEN).count();
            }
            String[] names = {"entities", "mentions", "quotes", "cues", "attributions", "claims", "sentences", "paragraphs", "tokens"};
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d documents, %d chars (%d supplementary), %.2f MB JSON; per 1000 chars:", shape,
                    documents.size(), chars, astral, bytes / 1e6));
            for (int i = 0; i < names.length; i++) {
                line.append(String.format(Locale.ROOT, " %s %.1f", names[i], counts[i] * 1000.0 / chars));
            }
            System.out.println(line);
        }
    }
}
