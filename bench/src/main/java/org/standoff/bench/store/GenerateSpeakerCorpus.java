package org.standoff.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.standoff.bench.format.ArticleCorpus;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writes the corpus of the corpus-query benchmark ({@code bench/store/corpus.sh}): the documents of
 * {@link GenerateArticles} (same ids and seeds), with two changes. Every person whose name ends in
 * "Putin" gets Putin's Wikidata id, Q7747, so one speaker recurs across the corpus as in real news;
 * and the TOKEN segments are left out: corpus-wide queries never read them, and they are two thirds of
 * the rows an import writes.
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
                writer.write(speakers(ArticleCorpus.article(String.format("article-%07d", i), seed * 1_000_003L + i, 5000,
                        i % 3 == 2)));
            }
        }
        System.out.println("wrote " + count + " article(s) to " + out);
    }

    /** {@code document} with Putin's Wikidata id on every Putin and without TOKEN segments. */
    static Document speakers(Document document) {
        DocumentBuilder copy = Document.builder(document.id(), document.text()).metadata(document.metadata());
        for (Entity entity : document.entities()) {
            copy.entity(entity.canonicalName().endsWith(" Putin")
                    ? new Entity(entity.id(), entity.canonicalName(), entity.entityType(), Map.of("wikidata", "Q7747"),
                            entity.metonymy(), entity.provenance())
                    : entity);
        }
        document.provenance().forEach(copy::provenance);
        for (Annotation annotation : document.annotations()) {
            if (!(annotation instanceof Segment) || ((Segment) annotation).segmentType() != SegmentType.TOKEN) {
                copy.add(annotation);
            }
        }
        document.unknownFields().byOwner().forEach((owner, fields) -> fields.forEach((name, raw) -> copy.unknownField(owner, name, raw)));
        return copy.build();
    }
}
