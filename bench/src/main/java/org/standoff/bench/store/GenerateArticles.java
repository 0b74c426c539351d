package org.standoff.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.WriterOptions;
import org.standoff.bench.format.ArticleCorpus;

/**
 * Writes {@code count} article-shaped documents ({@link ArticleCorpus}: the shipped article's
 * annotation density) as one JSON Lines corpus, streamed, for {@code standoff db import}.
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
                writer.write(ArticleCorpus.article(String.format("article-%07d", i), seed * 1_000_003L + i, chars, i % 3 == 2));
            }
        }
        System.out.println("wrote " + count + " article(s) of about " + chars + " characters to " + out);
    }
}
