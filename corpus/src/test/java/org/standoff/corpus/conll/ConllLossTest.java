package org.standoff.corpus.conll;

import static org.standoff.corpus.exchange.LossAssertions.assertLoss;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;

/** One test per row of the loss table in docs/formats/conll.md. */
class ConllLossTest {

    @Test
    void attributionsAndEntities() {
        ExportResult result = export(ConllFormatTest.quoteDocument().toBuilder());
        assertLoss(result, "a1", "CoNLL has no relations");
        assertLoss(result, "e1", "only its type survives");
    }

    @Test
    void nestedSpansInOneColumn() {
        DocumentBuilder b = Document.builder("d", "a b c d").add(span("g1", 0, 5)).add(span("g2", 2, 3));
        assertLoss(export(b), "g2", "overlaps or nests");
    }

    @Test
    void spanOffTokenBoundaries() {
        assertLoss(export(Document.builder("d", "Jiang said").add(span("g1", 1, 4))), "g1", "snapped to tokens [0, 5)");
    }

    @Test
    void spanOnWhiteSpaceOnly() {
        assertLoss(export(Document.builder("d", "a   b").add(span("g1", 1, 3))), "g1", "covers no token");
    }

    @Test
    void discontinuousSpan() {
        GenericSpan s = new GenericSpan(GenericSpanId.of("g1"), "ner", "X", Extent.of(Span.of(0, 1), Span.of(4, 5)), Map.of(), null);
        assertLoss(export(Document.builder("d", "a b c").add(s)), "g1", "written as its bounds");
    }

    @Test
    void claimQuoteAndCueDetails() {
        DocumentBuilder b = Document.builder("d", "\"Yes\" he said").add(Quote.of("q1", 0, 5, QuoteType.DIRECT))
                .add(Cue.of("c1", 9, 13, "say"))
                .add(new Claim(ClaimId.of("cl1"), Extent.of(1, 4), ClaimType.OTHER, true, "Yes.", null, null, null, null));
        ExportResult result = export(b);
        assertLoss(result, "cl1", "claim type, checkworthy");
        assertLoss(result, "q1", "quote type");
        assertLoss(result, "c1", "cue lemma");
    }

    @Test
    void genericAttributes() {
        GenericSpan s = new GenericSpan(GenericSpanId.of("g1"), "ner", "X", Extent.of(0, 1), Map.of("k", AttributeValue.of(true)), null);
        assertLoss(export(Document.builder("d", "a b").add(s)), "g1", "attributes [k]");
    }

    @Test
    void structuralSegments() {
        assertLoss(export(Document.builder("d", "a b").add(Segment.of("p1", 0, 3, SegmentType.PARAGRAPH))), null,
                "1 PARAGRAPH segments are not written");
    }

    @Test
    void tokenWithWhiteSpace() {
        assertLoss(export(Document.builder("d", "New York").add(Segment.of("t1", 0, 8, SegmentType.TOKEN))), null,
                "written with '_'");
    }

    private static GenericSpan span(String id, int start, int end) {
        return new GenericSpan(GenericSpanId.of(id), "ner", "X", Extent.of(start, end), Map.of(), null);
    }

    private static ExportResult export(DocumentBuilder builder) {
        return new ConllFormat().write(List.of(builder.build()), ExportOptions.DEFAULTS);
    }
}
