package org.standoff.corpus.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Severity;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.mapping.LabelMapping;

/**
 * The built-in {@code parc} mapping on files written by the project in PolNeAR's exact shape
 * ({@code parc/text/ARTICLE.txt}, one {@code parc/attributions/ARTICLE_ANNOTATOR.ann} per annotator): every
 * line type PolNeAR has, a split content ({@code Content2}), a content over a paragraph break (a
 * {@code T} line whose text goes on over three lines), a discontinuous content written out of order,
 * an {@code Attribution-no-source} event, {@code Discuss} and {@code Discard} flags and a note.
 */
class ParcMappingTest {
    private static final String FOLDER = "parc/";

    static ImportResult read() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (String name : List.of("text/bridge-reopens.txt", "attributions/bridge-reopens_aaaa.ann",
                "attributions/bridge-reopens_bbbb.ann")) {
            try (InputStream in = ParcMappingTest.class.getResourceAsStream(FOLDER + name)) {
                files.add(new SourceFile(name, in.readAllBytes()));
            }
        }
        return new BratFormat().read(files, ImportOptions.DEFAULTS.withMapping(LabelMapping.builtIn("parc").orElseThrow()));
    }

    private static Document document(ImportResult result, String id) {
        return result.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(Document d, Quote q) {
        return q.extent().coveredText(d.text(), " ");
    }

    @Test
    void oneDocumentPerAnnotatorWithTheAnnotatorInItsIdAndMetadata() throws IOException {
        ImportResult result = read();
        assertEquals(List.of("bridge-reopens_aaaa", "bridge-reopens_bbbb"),
                result.documents().stream().map(Document::id).collect(Collectors.toList()));
        assertEquals("aaaa", document(result, "bridge-reopens_aaaa").metadata().get("annotator"));
        assertEquals("bbbb", document(result, "bridge-reopens_bbbb").metadata().get("annotator"));
        assertEquals(document(result, "bridge-reopens_aaaa").text(), document(result, "bridge-reopens_bbbb").text());
        assertEquals(2, document(result, "bridge-reopens_bbbb").attributions().size());
    }

    @Test
    void everyEventBecomesAnAttributionWithSourceCueAndContents() throws IOException {
        ImportResult result = read();
        Document d = document(result, "bridge-reopens_aaaa");
        assertEquals(5, d.attributions().size());
        Attribution first = d.attributions().get(0);
        assertEquals("Mayor Lena Ortiz", d.mention(first.source()).orElseThrow().extent().coveredText(d.text()));
        assertEquals(MentionType.NAME, d.mention(first.source()).orElseThrow().mentionType());
        assertEquals("said", d.cue(first.cue()).orElseThrow().extent().coveredText(d.text()));
        assertEquals("say", d.cue(first.cue()).orElseThrow().lemma());
        assertEquals(null, d.cue(d.attributions().get(4).cue()).orElseThrow().lemma(), "a form not in the table gets no lemma");
        Quote content = d.quote(first.contents().get(0).quote()).orElseThrow();
        assertEquals("that the bridge would reopen in March", text(d, content));
        assertEquals(QuoteType.INDIRECT, content.quoteType());
        assertEquals("Mayor Lena Ortiz", d.entities().get(0).canonicalName());
        assertEquals(List.of(), Validator.validate(d).stream().filter(Diagnostic::isError).collect(Collectors.toList()));
    }

    @Test
    void splitContentIsTwoDirectQuotesTheSecondLinkedSplit() throws IOException {
        Document d = document(read(), "bridge-reopens_aaaa");
        Attribution told = d.attributions().get(1);
        assertEquals(List.of(ContentLink.EXPLICIT, ContentLink.SPLIT),
                told.contents().stream().map(Attribution.Content::link).collect(Collectors.toList()));
        for (Attribution.Content c : told.contents()) {
            assertEquals(QuoteType.DIRECT, d.quote(c.quote()).orElseThrow().quoteType());
        }
    }

    @Test
    void contentWithAQuotedPartIsMixedWithTheCurlyQuotedPartVerbatim() throws IOException {
        Document d = document(read(), "bridge-reopens_aaaa");
        Quote called = d.quote(d.attributions().get(2).contents().get(0).quote()).orElseThrow();
        assertEquals(QuoteType.MIXED, called.quoteType());
        assertEquals(1, called.verbatim().size());
        Span verbatim = called.verbatim().get(0);
        assertEquals("“a fantasy built on borrowed money”", d.text().substring(verbatim.start(), verbatim.end()));
    }

    @Test
    void contentOverAParagraphBreakIsReadFromItsContinuedLineAndIsOneDirectQuotation() throws IOException {
        Document d = document(read(), "bridge-reopens_aaaa");
        Quote patel = d.quote(d.attributions().get(3).contents().get(0).quote()).orElseThrow();
        assertEquals("“The numbers do not add up.\n\n“Not one of them,”", text(d, patel));
        assertEquals(QuoteType.DIRECT, patel.quoteType());
        assertEquals("council member Raj Patel", d.mention(d.attributions().get(3).source()).orElseThrow()
                .extent().coveredText(d.text()));
        assertEquals(MentionType.NOMINAL, d.mention(d.attributions().get(3).source()).orElseThrow().mentionType());
    }

    @Test
    void noSourceAttributionIsKeptWithItsReasonAndItsDiscontinuousContent() throws IOException {
        ImportResult result = read();
        Document d = document(result, "bridge-reopens_aaaa");
        Attribution expected = d.attributions().get(4);
        assertEquals(null, expected.source());
        assertEquals("is expected", d.cue(expected.cue()).orElseThrow().extent().coveredText(d.text()));
        Quote content = d.quote(expected.contents().get(0).quote()).orElseThrow();
        assertEquals(2, content.extent().fragments().size());
        assertEquals("The budget to pass next week", text(d, content));
        GenericSpan flag = d.genericSpans().stream().filter(s -> s.label().equals("Attribution-no-source")).findFirst().orElseThrow();
        assertEquals("parc.flag", flag.layer());
        assertEquals(AttributeValue.of("E5"), flag.attributes().get("attribution"));
        Diagnostic reason = result.diagnostics().stream().filter(x -> x.code().equals("mapping.no-source")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, reason.severity());
        assertEquals("E5", reason.subject());
        assertTrue(reason.message().contains("Attribution-no-source"), reason.message());
    }

    @Test
    void flagsAreGenericSpansAndTheNoteIsKept() throws IOException {
        Document d = document(read(), "bridge-reopens_aaaa");
        Map<String, String> flags = d.genericSpans().stream().filter(s -> s.layer().equals("parc.flag"))
                .collect(Collectors.toMap(GenericSpan::label, s -> s.extent().coveredText(d.text())));
        assertEquals(Map.of("Attribution-no-source", "is expected", "Discuss", "discuss the toll", "Discard", "Advertisement"), flags);
        assertEquals(1, d.genericRelations().stream().filter(r -> r.layer().equals("brat.note")).count());
    }

    @Test
    void nothingIsLostOrMisreadButTheNoSourceNotice() throws IOException {
        ImportResult result = read();
        assertEquals(List.of("mapping.no-source"), result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList()),
                result.diagnostics().toString());
    }
}
