package org.standoff.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writes the corpus of the corpus-query benchmark ({@code bench/store/corpus.sh}) when it is not the
 * store benchmark's own: the documents of {@link GenerateArticles} (same ids, seeds and Putins) without
 * their TOKEN segments. Corpus-wide queries never read them, and they are two thirds of the rows an
 * import writes.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.standoff.bench.store.GenerateSpeakerCorpus speakers.jsonl.gz 10000
 * }</pre>
 */
public final class GenerateSpeakerCorpus {
    private GenerateSpeakerCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateSpeakerCorpus OUT.jsonl[.gz] COUNT [SEED (default 1)]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (JsonlWriter writer = JsonlWriter.open(out, WriterOptions.DEFAULTS)) {
            for (int i = 0; i < count; i++) {
                writer.write(withoutTokens(GenerateArticles.article(i, seed, 5000)));
            }
        }
        System.out.println("wrote " + count + " article(s) to " + out);
    }

    static Document withoutTokens(Document document) {
        DocumentBuilder copy = document.toBuilder();
        for (Annotation annotation : document.annotations()) {
            if (annotation instanceof Segment && ((Segment) annotation).segmentType() == SegmentType.TOKEN) {
                copy.remove(annotation.id().value());
            }
        }
        return copy.build();
    }
}
