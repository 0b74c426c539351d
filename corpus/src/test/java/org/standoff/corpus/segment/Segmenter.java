package org.standoff.corpus.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Version;
import org.standoff.core.model.Extent;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;

/**
 * The corpus segmenter: splits text into paragraphs, sentences and tokens, each an exact half-open
 * span of UTF-16 code units, so {@code text.substring(span.start(), span.end())} is the segment.
 * The text is never modified; white space between segments belongs to no segment.
 *
 * <ul>
 *   <li><b>Paragraphs</b> are the maximal non-empty lines: the text between line breaks
 *       ({@code \n}, {@code \r\n} or {@code \r}) that holds a non-white-space character, without
 *       leading and trailing white space. A rule, not a model.</li>
 *   <li><b>Sentences</b> come from Apache OpenNLP's {@code SentenceDetectorME} with the English
 *       model {@value #SENTENCE_MODEL} (artifact {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0},
 *       trained on Universal Dependencies English Web Treebank), run on each paragraph separately,
 *       so that no sentence crosses a line break.</li>
 *   <li><b>Tokens</b> come from OpenNLP's {@code TokenizerME} with {@value #TOKEN_MODEL}
 *       ({@code opennlp-models-tokenizer-en:1.3.0}, same treebank), run on each sentence.</li>
 * </ul>
 *
 * <p>Example: for {@code "Jiang said. He left.\n\nPutin's dacha"} the paragraphs are
 * {@code [0, 20)} and {@code [22, 35)}, the sentences {@code [0, 11)}, {@code [12, 20)} and
 * {@code [22, 35)}, and the tokens of the last sentence {@code Putin}, {@code 's}, {@code dacha}.
 *
 * <p>The models are loaded once, from the classpath, on the first call of {@link #english()}.
 * A segmenter is immutable and thread-safe: OpenNLP's ME classes are not, so each thread gets its
 * own detector over the shared models (OpenNLP's {@code ThreadSafe…ME} wrappers, which hold one
 * instance per thread). The same models and text always give the same segments.
 */
public final class Segmenter {
    /** The classpath resource of the English sentence model. */
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** The classpath resource of the English token model. */
    public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final String agent;

    private Segmenter(SentenceModel sentenceModel, TokenizerModel tokenModel) {
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokenizer = new ThreadSafeTokenizerME(tokenModel);
        this.agent = "opennlp-tools-" + Version.currentVersion() + " " + SENTENCE_MODEL + " " + TOKEN_MODEL;
    }

    /** The English segmenter, its models loaded from the classpath on first use and then shared. */
    public static Segmenter english() {
        return English.INSTANCE;
    }

    /** Holder: loads the models once, when first asked for. */
    private static final class English {
        static final Segmenter INSTANCE = new Segmenter(
                load(SENTENCE_MODEL, SentenceModel::new), load(TOKEN_MODEL, TokenizerModel::new));
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; add "
                        + "org.apache.opennlp:opennlp-models-sentdetect-en and opennlp-models-tokenizer-en 1.3.0");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    /**
     * The name of this segmenter as a provenance agent: the OpenNLP version and both model files,
     * e.g. {@code opennlp-tools-2.5.4 opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin}.
     */
    public String agent() {
        return agent;
    }

    /** The paragraphs of {@code text}: its maximal non-empty lines, trimmed of white space, in order. */
    public List<Span> paragraphs(CharSequence text) {
        List<Span> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean atEnd = i == text.length();
            char c = atEnd ? '\n' : text.charAt(i);
            if (c != '\n' && c != '\r') {
                continue;
            }
            Span line = trim(text, lineStart, i);
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
            lineStart = i + 1;
        }
        return List.copyOf(paragraphs);
    }

    /** The sentences of {@code text}: those of each paragraph, in order. */
    public List<Span> sentences(CharSequence text) {
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            sentences.addAll(sentences(text, paragraph));
        }
        return List.copyOf(sentences);
    }

    /**
     * The sentences the model finds in {@code region} of {@code text}, as spans of {@code text}.
     * The region should not hold a line break that ends a sentence: use {@link #sentences(CharSequence)}.
     */
    public List<Span> sentences(CharSequence text, Span region) {
        String part = region.coveredText(text);
        List<Span> sentences = new ArrayList<>();
        for (opennlp.tools.util.Span found : sentenceDetector.sentPosDetect(part)) {
            Span sentence = trim(part, found.getStart(), found.getEnd());
            if (!sentence.isEmpty()) {
                sentences.add(Span.of(region.start() + sentence.start(), region.start() + sentence.end()));
            }
        }
        return List.copyOf(sentences);
    }

    /** The tokens the model finds in {@code region} of {@code text} (usually a sentence), as spans of {@code text}. */
    public List<Span> tokens(CharSequence text, Span region) {
        String part = region.coveredText(text);
        List<Span> tokens = new ArrayList<>();
        for (opennlp.tools.util.Span found : tokenizer.tokenizePos(part)) {
            tokens.add(Span.of(region.start() + found.getStart(), region.start() + found.getEnd()));
        }
        return List.copyOf(tokens);
    }

    /**
     * Every paragraph, sentence and token of {@code text} as {@link Segment}s in document order, with
     * ids {@code p1, p2, …}, {@code s1, …} and {@code t1, …} numbered in document order per type, and
     * the given provenance (may be null).
     */
    public List<Segment> segment(CharSequence text, ProvenanceId provenance) {
        List<Segment> segments = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        addAll(segments, paragraphs, SegmentType.PARAGRAPH, "p", provenance);
        List<Span> sentences = new ArrayList<>();
        paragraphs.forEach(paragraph -> sentences.addAll(sentences(text, paragraph)));
        addAll(segments, sentences, SegmentType.SENTENCE, "s", provenance);
        List<Span> tokens = new ArrayList<>();
        sentences.forEach(sentence -> tokens.addAll(tokens(text, sentence)));
        addAll(segments, tokens, SegmentType.TOKEN, "t", provenance);
        segments.sort(org.standoff.core.model.SpanAnnotation.DOCUMENT_ORDER);
        return List.copyOf(segments);
    }

    /** Every paragraph, sentence and token of {@code text}, without provenance: {@code segment(text, null)}. */
    public List<Segment> segment(CharSequence text) {
        return segment(text, null);
    }

    /** Adds one segment per span, with ids {@code prefix + n} from 1. */
    public static void addAll(List<Segment> out, List<Span> spans, SegmentType type, String prefix,
                              ProvenanceId provenance) {
        Objects.requireNonNull(type, "type");
        for (int i = 0; i < spans.size(); i++) {
            out.add(new Segment(SegmentId.of(prefix + (i + 1)), new Extent(List.of(spans.get(i))), type, provenance));
        }
    }

    private static Span trim(CharSequence text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return Span.of(start, end);
    }

    @Override
    public String toString() {
        return "Segmenter[" + agent + "]";
    }
}
