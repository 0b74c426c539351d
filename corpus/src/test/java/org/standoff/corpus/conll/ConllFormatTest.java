package org.standoff.corpus.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.FormatExamples;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.TestDocuments;

class ConllFormatTest {
    private static final String QUOTE = "\u201cI can tell you,\u201d said Thrun.\nThrun left.";
    private final ConllFormat conll = new ConllFormat();

    @Test
    void conll2003ExampleIsTheShapeWeWrite() {
        IobReader example = new IobReader(text("tools-conll2003-ner-quote.iob"));
        assertThat(example.sentences).hasSize(2);
        assertThat(example.tokens()).isEqualTo(66);
        assertThat(example.chunks(3, null)).hasSize(7).contains("PERSON[1, 2]", "DATE[62, 64]");
    }

    @Test
    void conlluExampleCarriesNerInMisc() {
        IobReader example = new IobReader(text("tools-conllu-ner-in-misc.conllu"));
        assertThat(example.tokens()).isEqualTo(5);
        assertThat(example.chunks(9, "name")).containsExactly("PER[1, 2]", "BAD[4, 4]");
    }

    @Test
    void exportsQuotesMentionsAndCuesInIob2Columns() {
        ExportResult result = conll.write(List.of(quoteDocument()), ExportOptions.DEFAULTS);
        String out = result.files().get(0).content();
        assertThat(out).startsWith("-DOCSTART-\tO\tO\tO\n\n\u201c\tO\tB-QUOTE\tO\nI\tO\tI-QUOTE\tO\n");
        assertThat(out).contains("said\tO\tO\tB-CUE\nThrun\tB-PERSON\tO\tO\n.\tO\tO\tO\n\nThrun\tB-PERSON\tO\tO\n");
        IobReader back = new IobReader(out);
        assertThat(back.sentences).hasSize(2);
        assertThat(back.chunks(2, null)).containsExactly("QUOTE[0, 6]");
        assertThat(result.diagnostics().get(0).message()).isEqualTo("IOB2 tags; TAB-separated columns TOKEN MENTION QUOTE CUE");
    }

    @Test
    void tokenAndSentenceSegmentsAreUsedWhenPresent() {
        Document doc = Document.builder("d", "New York is big").add(Segment.of("t1", 0, 8, SegmentType.TOKEN))
                .add(Segment.of("t2", 9, 11, SegmentType.TOKEN)).add(Segment.of("t3", 12, 15, SegmentType.TOKEN))
                .add(Segment.of("s1", 0, 8, SegmentType.SENTENCE)).add(Segment.of("s2", 9, 15, SegmentType.SENTENCE))
                .add(new GenericSpan(GenericSpanId.of("g"), "ner", "LOC", Extent.of(0, 8), Map.of(), null)).build();
        ExportResult result = conll.write(List.of(doc), ExportOptions.DEFAULTS);
        assertThat(result.files().get(0).content()).isEqualTo("-DOCSTART-\tO\n\nNew_York\tB-LOC\n\nis\tO\nbig\tO\n\n");
        assertThat(result.diagnostics()).anyMatch(d -> d.code().equals("export.loss") && d.message().contains("white space"));
    }

    @Test
    void importIsNotSupported() {
        assertThat(conll.canImport()).isFalse();
        assertThatThrownBy(() -> conll.read(List.of(), ImportOptions.DEFAULTS)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 40)
    void taggedChunksAreTheSpansOnTheirTokens(@ForAll("documents") Document doc) {
        ExportResult result = conll.write(List.of(doc), ExportOptions.DEFAULTS);
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("export.loss"));
        List<Span> tokens = Tokens.of(doc);
        List<String> expected = new ArrayList<>();
        for (GenericSpan s : doc.genericSpans()) {
            int first = -1;
            int last = -1;
            for (int t = 0; t < tokens.size(); t++) {
                first = first < 0 && tokens.get(t).start() == s.span().start() ? t : first;
                last = tokens.get(t).end() == s.span().end() ? t : last;
            }
            expected.add(s.label() + "[" + first + ", " + last + "]");
        }
        IobReader back = new IobReader(result.files().get(0).content());
        assertThat(back.tokens()).isEqualTo(tokens.size());
        if (!doc.genericSpans().isEmpty()) {
            assertThat(back.chunks(1, null)).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Document> documents() {
        return TestDocuments.genericSpans("ner");
    }

    static Document quoteDocument() {
        return Document.builder("q", QUOTE)
                .entity(Entity.of("e1", "Sebastian Thrun", EntityType.PERSON))
                .add(Quote.of("q1", 0, 17, QuoteType.DIRECT))
                .add(Cue.of("c1", 18, 22, null))
                .add(Mention.of("m1", 23, 28, MentionType.NAME, "e1"))
                .add(Mention.of("m2", 30, 35, MentionType.NAME, "e1"))
                .add(Attribution.of("a1", "m1", "c1", "q1"))
                .build();
    }

    private static String text(String name) {
        return new String(FormatExamples.file("conll", name).content(), StandardCharsets.UTF_8);
    }

    static List<String> lossSubjects(ExportResult result) {
        return result.diagnostics().stream().filter(d -> d.code().equals("export.loss")).map(Diagnostic::subject).toList();
    }
}
