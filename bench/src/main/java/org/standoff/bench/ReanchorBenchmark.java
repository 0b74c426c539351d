package org.standoff.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.standoff.core.anchor.Reanchor;
import org.standoff.core.anchor.Reanchoring;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.corpus.Corpus;

/**
 * Re-anchoring ({@link Reanchor}) on two inputs, each beside two baselines measured in the same run:
 * <ul>
 *   <li>{@code article}: the shipped article (5,115 characters, 1,266 span annotations, 34
 *       attributions) after a one-word edit inside a quote ("milestone" to "landmark");</li>
 *   <li>{@code large}: a 1 MB generated text (paragraphs of random words from a 2,000-word
 *       vocabulary) with 100,000 token spans, after {@code edits} edits spread over it: one word
 *       changed, or 100 (words changed, sentences deleted, a paragraph inserted, CRLF in one
 *       paragraph).</li>
 * </ul>
 * Baselines: {@code rebuild} builds the same document on the new text with the old offsets (the
 * floor: every annotation copied into a new document), and {@code firstMatch} finds every span's
 * old text with {@code indexOf} (Hypothesis's first step, without building anything).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReanchorBenchmark {

    /** The shipped article and a one-word revision of it. */
    @State(Scope.Benchmark)
    public static class Article {
        Document document;
        String revised;

        @Setup(Level.Trial)
        public void setUp() {
            document = Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
            revised = document.text().replace("milestone", "landmark");
        }
    }

    /** A 1 MB text with 10^5 token spans, and a revision of it with {@code edits} edits. */
    @State(Scope.Benchmark)
    public static class Large {
        @Param({"1", "100"})
        public int edits;

        Document document;
        String revised;

        @Setup(Level.Trial)
        public void setUp() {
            Random random = new Random(20261206L);
            String[] vocabulary = new String[2000];
            for (int i = 0; i < vocabulary.length; i++) {
                vocabulary[i] = word(random);
            }
            StringBuilder text = new StringBuilder(1 << 20);
            List<int[]> tokens = new ArrayList<>();
            while (text.length() < 1_000_000) {
                int sentences = 2 + random.nextInt(5);
                for (int s = 0; s < sentences; s++) {
                    int words = 6 + random.nextInt(14);
                    for (int w = 0; w < words; w++) {
                        int start = text.length();
                        text.append(vocabulary[random.nextInt(vocabulary.length)]);
                        tokens.add(new int[] {start, text.length()});
                        text.append(w + 1 == words ? ". " : " ");
                    }
                }
                text.setLength(text.length() - 1);
                text.append("\n\n");
            }
            DocumentBuilder builder = Document.builder("large", text.toString());
            for (int i = 0; i < 100_000 && i < tokens.size(); i++) {
                int[] token = tokens.get((int) ((long) i * tokens.size() / 100_000));
                builder.add(Segment.of("t" + i, token[0], token[1], SegmentType.TOKEN));
            }
            document = builder.build();
            revised = revise(text.toString(), edits, random);
        }

        private static String word(Random random) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }

        /** {@code count} edits at evenly spread places, of four kinds in turn. */
        private static String revise(String text, int count, Random random) {
            StringBuilder out = new StringBuilder(text);
            for (int i = count - 1; i >= 0; i--) {
                int at = out.indexOf(" ", (int) ((long) text.length() * i / count + 1)) + 1;
                int kind = count == 1 ? 0 : i % 4;
                if (kind == 0) {
                    out.replace(at, out.indexOf(" ", at), "revised");
                } else if (kind == 1) {
                    out.delete(at, out.indexOf(". ", at) + 2);
                } else if (kind == 2) {
                    out.insert(at, "An inserted sentence with some words in it. ");
                } else {
                    int paragraph = out.indexOf("\n", at);
                    out.replace(paragraph, paragraph + 2, "\r\n\r\n");
                }
            }
            return out.toString();
        }
    }

    @Benchmark
    public Reanchoring articleReanchor(Article article) {
        return Reanchor.reanchor(article.document, article.revised);
    }

    @Benchmark
    public Document articleRebuildBaseline(Article article) {
        return rebuild(article.document, article.revised);
    }

    @Benchmark
    public int articleFirstMatchBaseline(Article article) {
        return firstMatch(article.document, article.revised);
    }

    @Benchmark
    public Reanchoring largeReanchor(Large large) {
        return Reanchor.reanchor(large.document, large.revised);
    }

    @Benchmark
    public Document largeRebuildBaseline(Large large) {
        return rebuild(large.document, large.revised);
    }

    @Benchmark
    public int largeFirstMatchBaseline(Large large) {
        return firstMatch(large.document, large.revised);
    }

    private static Document rebuild(Document document, String text) {
        return Document.builder(document.id(), text).addAll(document.annotations()).build();
    }

    private static int firstMatch(Document document, String text) {
        int found = 0;
        for (SpanAnnotation annotation : document.spanAnnotations()) {
            found += text.indexOf(annotation.coveredText(document.text())) >= 0 ? 1 : 0;
        }
        return found;
    }
}
