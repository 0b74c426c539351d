package org.standoff.corpus.doccano;

import static org.standoff.corpus.exchange.LossAssertions.assertLoss;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;

/** One test per row of the loss table in docs/formats/doccano.md. */
class DoccanoLossTest {
    private static final String TEXT = "Jiang said \"yes\" today.";

    @Test
    void attributionInTheRelationShape() {
        assertLoss(export(attributed()), "a1", "grouping, link types");
    }

    @Test
    void relationsInTheSequenceShape() {
        GenericRelation unary = new GenericRelation(GenericRelationId.of("r1"), "doccano.relation", "x",
                List.of(new GenericRelation.Argument("from", AnyId.of("g1"))), Map.of(), null);
        assertLoss(export(base().add(span("g1", "doccano", 0, 5, Map.of())).add(unary)), "r1",
                "the sequence-labeling shape has no relations");
    }

    @Test
    void nonBinaryRelationInTheRelationShape() {
        GenericRelation unary = new GenericRelation(GenericRelationId.of("r1"), "doccano.relation", "x",
                List.of(new GenericRelation.Argument("from", AnyId.of("m1"))), Map.of(), null);
        assertLoss(export(attributed().add(unary)), "r1", "binary, between spans");
    }

    @Test
    void relationAttributes() {
        GenericRelation r = new GenericRelation(GenericRelationId.of("r1"), "doccano.relation", "x",
                List.of(new GenericRelation.Argument("from", AnyId.of("g1")), new GenericRelation.Argument("to", AnyId.of("g2"))),
                Map.of("weight", AttributeValue.of(2L)), null);
        assertLoss(export(base().add(span("g1", "doccano", 0, 5, Map.of())).add(span("g2", "doccano", 6, 10, Map.of())).add(r)),
                "r1", "relation attributes");
    }

    @Test
    void discontinuousSpan() {
        GenericSpan s = new GenericSpan(GenericSpanId.of("g1"), "doccano", "X", Extent.of(Span.of(0, 5), Span.of(11, 16)), Map.of(), null);
        assertLoss(export(base().add(s)), "g1", "written as its bounds [0, 16)");
    }

    @Test
    void spanAttributesAndLayer() {
        ExportResult result = export(base().add(span("g1", "ner", 0, 5, Map.of("conf", AttributeValue.of("high")))));
        assertLoss(result, "g1", "attributes [conf] are lost");
        assertLoss(result, "g1", "layer \"ner\" is lost");
    }

    @Test
    void claimQuoteAndCueDetails() {
        DocumentBuilder b = base().add(new Claim(ClaimId.of("cl1"), Extent.of(11, 16), ClaimType.OTHER, true, "Yes.", null, null, null, null))
                .add(new Quote(QuoteId.of("q2"), Extent.of(11, 16), QuoteType.MIXED, List.of(Span.of(12, 15)), null, null))
                .add(Cue.of("c1", 6, 10, "say"));
        ExportResult result = export(b);
        assertLoss(result, "cl1", "claim attributes");
        assertLoss(result, "q2", "verbatim parts");
        assertLoss(result, "c1", "cue lemma");
    }

    @Test
    void provenanceAndEntities() {
        DocumentBuilder b = base().entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
                .add(new Cue(CueId.of("c2"), Extent.of(6, 10), null, ProvenanceId.of("p1")));
        ExportResult result = export(b);
        assertLoss(result, "c2", "provenance p1");
        assertLoss(result, "e1", "no document-level objects");
    }

    private static DocumentBuilder attributed() {
        return base().entity(Entity.of("e1", "Jiang", EntityType.PERSON)).add(Mention.of("m1", 0, 5, MentionType.NAME, "e1"))
                .add(Cue.of("c1", 6, 10, null)).add(Attribution.of("a1", "m1", "c1", "q1"));
    }

    private static DocumentBuilder base() {
        return Document.builder("d", TEXT).add(Quote.of("q1", 11, 16, QuoteType.DIRECT));
    }

    private static GenericSpan span(String id, String layer, int start, int end, Map<String, AttributeValue> values) {
        return new GenericSpan(GenericSpanId.of(id), layer, "X", Extent.of(start, end), values, null);
    }

    private static ExportResult export(DocumentBuilder builder) {
        return new DoccanoFormat().write(List.of(builder.build()), ExportOptions.DEFAULTS);
    }
}
