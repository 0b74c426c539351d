package org.standoff.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.standoff.bench.format.ArticleCorpus;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writes {@code count} article-shaped documents ({@link ArticleCorpus}: the shipped article's
 * annotation density) as one JSON Lines corpus, streamed, for {@code standoff db import}. Every person
 * whose name ends in "Putin" gets Putin's Wikidata id, Q7747, so one speaker recurs across the corpus as
 * in real news and the same corpus serves the corpus-wide query benchmark ({@code bench/store/corpus.sh}).
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.standoff.bench.store.GenerateArticles articles.jsonl.gz 100000 [chars] [seed]
 * }</pre>
 */
public final class GenerateArticles {
    private GenerateArticles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateArticles OUT.jsonl[.gz] COUNT [CHARS (default 5000)] [SEED (default 1)]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int chars = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        try (JsonlWriter writer = JsonlWriter.open(out, WriterOptions.DEFAULTS)) {
            for (int i = 0; i < count; i++) {
                writer.write(article(i, seed, chars));
            }
        }
        System.out.println("wrote " + count + " article(s) of about " + chars + " characters to " + out);
    }

    /** The {@code index}th document of the corpus with this seed. */
    static Document article(int index, long seed, int chars) {
        Document document = ArticleCorpus.article(String.format("article-%07d", index), seed * 1_000_003L + index, chars,
                index % 3 == 2);
        DocumentBuilder copy = document.toBuilder();
        for (Entity entity : document.entities()) {
            if (entity.canonicalName().endsWith(" Putin")) {
                copy.replace(new Entity(entity.id(), entity.canonicalName(), entity.entityType(), Map.of("wikidata", "Q7747"),
                        entity.metonymy(), entity.provenance()));
            }
        }
        return copy.build();
    }
}
