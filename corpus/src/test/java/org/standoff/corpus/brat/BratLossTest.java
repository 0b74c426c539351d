package org.standoff.corpus.brat;

import static org.standoff.corpus.exchange.LossAssertions.assertLoss;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AgentType;
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
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;

/** One test per row of the loss table in docs/formats/brat.md. */
class BratLossTest {
    private static final String TEXT = "Jiang said \"yes\" today.\r\nPutin agreed.";

    @Test
    void entityWithoutMention() {
        assertLoss(export(base().entity(Entity.of("e9", "The author", EntityType.AUTHOR))), "e9", "has no mention");
    }

    @Test
    void claimantWithoutMention() {
        DocumentBuilder b = base().entity(Entity.of("author", "The author", EntityType.AUTHOR))
                .add(new Claim(ClaimId.of("cl1"), Extent.of(0, 5), ClaimType.OTHER, false, null, EntityId.of("author"), null, null, null));
        assertLoss(export(b), "cl1", "the claimant is lost");
    }

    @Test
    void attributionWithoutCue() {
        assertLoss(export(base().add(Attribution.of("a1", null, null, "q1"))), "a1", "anchored on its first content");
    }

    @Test
    void attributionWithNothingToAnchorOn() {
        Attribution empty = new Attribution(org.standoff.core.model.AttributionId.of("a2"), null, null, List.of(), List.of(), null, null);
        assertLoss(export(base().add(empty)), "a2", "no cue, content or source span to anchor");
    }

    @Test
    void spanAcrossALineBreak() {
        assertLoss(export(base().add(generic("g1", "brat.entity", "X", 17, 30))), "g1", "crosses a line break");
    }

    @Test
    void spanBetweenCrAndLf() {
        assertLoss(export(base().add(generic("g1", "brat.entity", "X", 24, 24))), "g1", "inside a character");
    }

    @Test
    void genericLayerName() {
        assertLoss(export(base().add(generic("g1", "ner", "PER", 0, 5))), "g1", "layer \"ner\" is not kept");
    }

    @Test
    void labelWithWhiteSpace() {
        assertLoss(export(base().add(generic("g1", "brat.entity", "Head of state", 0, 5))), "g1", "written as brat type Head_of_state");
    }

    @Test
    void relationWithThreeArgumentsAndNoTrigger() {
        GenericRelation r = relation("r1", "links", List.of(arg("a", "g1"), arg("b", "g2"), arg("c", "g1")));
        assertLoss(export(twoSpans().add(r)), "r1", "no Trigger role");
    }

    @Test
    void relationToAnEntity() {
        GenericRelation r = relation("r1", "links", List.of(arg("a", "g1"), arg("b", "e1")));
        assertLoss(export(twoSpans().entity(Entity.of("e1", "Jiang", EntityType.PERSON)).add(r)), "r1", "not a written annotation");
    }

    @Test
    void relationLayerName() {
        GenericRelation r = new GenericRelation(GenericRelationId.of("r1"), "relations", "met", List.of(arg("Arg1", "g1"),
                arg("Arg2", "g2")), Map.of(), null);
        assertLoss(export(twoSpans().add(r)), "r1", "layer \"relations\" is not kept");
    }

    @Test
    void falseAttribute() {
        assertLoss(export(base().add(generic("g1", "brat.entity", "X", 0, 5, Map.of("Negated", AttributeValue.of(false))))),
                "g1", "written as absence");
    }

    @Test
    void attributeValueWithWhiteSpace() {
        assertLoss(export(base().add(generic("g1", "brat.entity", "X", 0, 5, Map.of("Note", AttributeValue.of("two words"))))),
                "g1", "not written");
    }

    @Test
    void typedAttributeValue() {
        assertLoss(export(base().add(generic("g1", "brat.entity", "X", 0, 5, Map.of("Rank", AttributeValue.of(3L))))),
                "g1", "written as text");
    }

    @Test
    void annotationProvenance() {
        Cue cue = new Cue(CueId.of("c9"), Extent.of(6, 10), null, ProvenanceId.of("p1"));
        assertLoss(export(base().add(cue)), "c9", "provenance p1");
    }

    @Test
    void documentMetadataUnknownFieldsAndProvenanceRecords() {
        DocumentBuilder b = base().metadata("title", "T").unknownField("", "x-extra", "1")
                .provenance(new Provenance(ProvenanceId.of("p1"), "annotator-1", AgentType.values()[0], Instant.EPOCH, null));
        ExportResult result = export(b);
        assertLoss(result, null, "metadata [title]");
        assertLoss(result, null, "unknown fields");
        assertLoss(result, null, "provenance records are dropped");
    }

    private static DocumentBuilder base() {
        return Document.builder("d", TEXT).add(Quote.of("q1", 11, 16, QuoteType.DIRECT));
    }

    private static DocumentBuilder twoSpans() {
        return base().add(generic("g1", "brat.entity", "X", 0, 5)).add(generic("g2", "brat.entity", "X", 25, 30));
    }

    private static GenericSpan generic(String id, String layer, String label, int start, int end) {
        return generic(id, layer, label, start, end, Map.of());
    }

    private static GenericSpan generic(String id, String layer, String label, int start, int end, Map<String, AttributeValue> values) {
        return new GenericSpan(GenericSpanId.of(id), layer, label, Extent.of(start, end), values, null);
    }

    private static GenericRelation relation(String id, String label, List<GenericRelation.Argument> args) {
        return new GenericRelation(GenericRelationId.of(id), label, label, args, Map.of(), null);
    }

    private static GenericRelation.Argument arg(String role, String target) {
        return new GenericRelation.Argument(role, AnyId.of(target));
    }

    private static ExportResult export(DocumentBuilder builder) {
        return new BratFormat().write(List.of(builder.build()), ExportOptions.DEFAULTS);
    }
}
