package org.standoff.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
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
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.core.schema.Schema;
import org.standoff.core.text.Span;

/** One case per diagnostic code, on the first sentence of the Jiang paragraph. */
class ValidatorTest {
    private static final String TEXT = "\"The friendship treaty will bring Russian-Chinese friendship from generation"
            + " to generation,\" Jiang said after the signing ceremony in the Kremlin.";

    private static DocumentBuilder valid() {
        return Document.builder("d", TEXT)
                .entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
                .entity(Entity.of("author", "article author", EntityType.AUTHOR))
                .add(Quote.of("q1", 0, 92, QuoteType.DIRECT))
                .add(Mention.of("m1", 93, 98, MentionType.NAME, "e1"))
                .add(Cue.of("c1", 99, 103, "say"))
                .add(Attribution.of("a1", "m1", "c1", "q1"));
    }

    private static List<String> codes(DocumentBuilder builder) {
        return Validator.validate(builder.build()).stream().map(Diagnostic::code).toList();
    }

    @Test
    void theValidDocumentHasNoDiagnostics() {
        assertThat(Validator.validate(valid().build())).isEmpty();
    }

    @Test
    void spanPastTheEnd() {
        List<Diagnostic> found = Validator.validate(valid().add(Mention.of("m2", 140, 160, MentionType.NAME, "e1")).build());
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("span.out-of-range");
            assertThat(d.subject()).isEqualTo("m2");
            assertThat(d.message()).isEqualTo("Mention [140, 160) runs past the end of the text (length 146 UTF-16 units)");
        });
    }

    @Test
    void offsetInsideASurrogatePairIsAnError() {
        Document doc = Document.builder("d", "a\uD83D\uDE00b").add(Mention.of("m1", 0, 2, MentionType.NAME, null)).build();
        assertThat(Validator.validate(doc)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("span.surrogate");
            assertThat(d.message()).contains("offset 2 falls inside a surrogate pair (U+1F600 at 1..3)");
        });
    }

    @Test
    void cuttingAGraphemeClusterIsAWarning() {
        // "e" + COMBINING ACUTE ACCENT: offset 1 is a code-point boundary but not a grapheme boundary
        Document doc = Document.builder("d", "e\u0301x").add(Mention.of("m1", 0, 1, MentionType.NAME, null)).build();
        assertThat(Validator.validate(doc)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("span.grapheme");
        });
    }

    @Test
    void splittingCrLfIsAWarning() {
        Document doc = Document.builder("d", "a\r\nb").add(Mention.of("m1", 0, 2, MentionType.NAME, null)).build();
        assertThat(codes(doc.toBuilder())).containsExactly("span.grapheme");
    }

    /**
     * Findings come in document order, not kind by kind: the validator checks the kinds one by one
     * first and, when it finds something, checks again in document order (see KindByKind).
     */
    @Test
    void spanFindingsComeInDocumentOrderAcrossKinds() {
        Document doc = valid().add(Segment.of("s-late", 120, 150, SegmentType.SENTENCE))
                .add(Mention.of("m-early", 110, 160, MentionType.NAME, "e1")).build();
        assertThat(Validator.validate(doc)).extracting(Diagnostic::subject).containsExactly("m-early", "s-late");
    }

    @Test
    void theFirstOwnerOfADuplicateIdIsTheFirstInDocumentOrder() {
        // a segment comes before a cue kind by kind, but the cue comes first in the text
        Document doc = valid().add(Segment.of("x", 50, 60, SegmentType.SENTENCE)).add(Cue.of("x", 10, 20, null)).build();
        assertThat(Validator.validate(doc)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("id \"x\" of a Segment is already used by a Cue"));
    }

    @Test
    void aRepeatedProvenanceIdIsReportedAfterRepeatedAnnotationIds() {
        org.standoff.core.model.Provenance record = new org.standoff.core.model.Provenance(ProvenanceId.of("p"), "me",
                org.standoff.core.model.AgentType.HUMAN, null, null);
        Document doc = valid().provenance(record).provenance(record).add(Cue.of("c1", 10, 20, null)).build();
        assertThat(Validator.validate(doc)).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id.duplicate", "id \"c1\" of a Cue is already used by a Cue"),
                org.assertj.core.groups.Tuple.tuple("id.duplicate", "provenance id \"p\" is used twice"));
    }

    @Test
    void danglingProvenanceFindingsComeInDocumentOrder() {
        Document doc = valid().add(new Segment(org.standoff.core.model.SegmentId.of("s-late"), Extent.of(50, 60),
                        SegmentType.SENTENCE, ProvenanceId.of("nobody")))
                .add(new Mention(MentionId.of("m-early"), Extent.of(10, 20), MentionType.NAME, null,
                        ProvenanceId.of("nobody"))).build();
        assertThat(Validator.validate(doc)).extracting(Diagnostic::subject).containsExactly("m-early", "s-late");
    }

    @Test
    void duplicateIdsAcrossKinds() {
        assertThat(codes(valid().add(Quote.of("q2", 0, 5, QuoteType.DIRECT)).add(Mention.of("q2", 1, 4, MentionType.NOMINAL, "e1"))))
                .containsExactly("id.duplicate");
    }

    @Test
    void danglingAndMistypedReferences() {
        Attribution wrong = new Attribution(AttributionId.of("a2"), MentionId.of("e1"), null,
                List.of(new Attribution.Content(QuoteId.of("q9"), org.standoff.core.model.ContentLink.EXPLICIT)),
                List.of(), null, null);
        List<Diagnostic> found = Validator.validate(valid().add(wrong).build());
        assertThat(found).extracting(Diagnostic::code).containsExactly("ref.type", "ref.dangling");
        assertThat(found.get(0).message()).isEqualTo("source \"e1\" is an Entity, expected a Mention");
        assertThat(found.get(1).message()).isEqualTo("contents.quote \"q9\" does not exist");
    }

    @Test
    void claimantMustBeAnEntity() {
        Claim claim = new Claim(ClaimId.of("cl1"), Extent.of(1, 90), ClaimType.PREDICTION, false, null,
                EntityId.of("m1"), AttributionId.of("a1"), QuoteId.of("q1"), null);
        assertThat(codes(valid().add(claim))).containsExactly("ref.type");
    }

    @Test
    void claimInAQuoteWithTheAuthorAsClaimantIsAWarning() {
        Claim claim = new Claim(ClaimId.of("cl1"), Extent.of(1, 90), ClaimType.PREDICTION, false, null,
                EntityId.of("author"), AttributionId.of("a1"), QuoteId.of("q1"), null);
        assertThat(codes(valid().add(claim))).containsExactly("claim.author-in-quote");
    }

    @Test
    void claimQuoteMustBeAContentOfItsAttribution() {
        Claim claim = new Claim(ClaimId.of("cl1"), Extent.of(93, 103), ClaimType.EVENT, false, null,
                EntityId.of("e1"), AttributionId.of("a1"), QuoteId.of("q2"), null);
        assertThat(codes(valid().add(Quote.of("q2", 93, 103, QuoteType.INDIRECT)).add(claim)))
                .containsExactly("claim.quote-not-in-attribution");
    }

    @Test
    void emptyAttribution() {
        assertThat(codes(valid().add(Attribution.of("a2", "m1", "c1")))).containsExactly("attribution.empty");
    }

    @Test
    void embeddedInCycle() {
        Quote q2 = new Quote(QuoteId.of("q2"), Extent.of(1, 10), QuoteType.DIRECT, List.of(), QuoteId.of("q3"), null);
        Quote q3 = new Quote(QuoteId.of("q3"), Extent.of(2, 9), QuoteType.DIRECT, List.of(), QuoteId.of("q2"), null);
        List<Diagnostic> found = Validator.validate(valid().add(q2).add(q3).build());
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("ref.cycle");
            assertThat(d.message()).isEqualTo("embeddedIn links form a cycle: q2 -> q3 -> q2");
        });
    }

    @Test
    void nestedInSelfCycle() {
        Attribution self = new Attribution(AttributionId.of("a2"), MentionId.of("m1"), null,
                List.of(new Attribution.Content(QuoteId.of("q1"), org.standoff.core.model.ContentLink.EXPLICIT)),
                List.of(), AttributionId.of("a2"), null);
        assertThat(codes(valid().add(self))).containsExactly("ref.cycle");
    }

    @Test
    void verbatimPartOutsideItsQuote() {
        Quote mixed = new Quote(QuoteId.of("q2"), Extent.of(93, 103), QuoteType.MIXED, List.of(Span.of(100, 110)), null, null);
        assertThat(codes(valid().add(mixed))).containsExactly("span.outside");
    }

    @Test
    void danglingProvenance() {
        Mention m = new Mention(MentionId.of("m2"), Extent.of(93, 98), MentionType.NAME, EntityId.of("e1"), ProvenanceId.of("p9"));
        assertThat(codes(valid().add(m))).containsExactly("ref.dangling");
    }

    @Test
    void coveredTextMismatchShowsBothStrings() {
        List<Diagnostic> found = Validator.validate(valid().build(), Map.of("m1", "iang "));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("text.mismatch");
            assertThat(d.message()).isEqualTo("expected \"iang \", found \"Jiang\" at [93, 98)");
        });
    }

    @Test
    void genericLayersAreCheckedAgainstTheSchema() {
        Schema schema = new Schema(List.of(
                LayerSchema.spans("ner", List.of("PER", "LOC"))
                        .withAttributes(List.of(new AttributeSchema("confidence", AttributeType.NUMBER, List.of(), true))),
                LayerSchema.relations("rel", List.of("Origin"), List.of(
                        new RoleSchema("Arg1", 1, 1, List.of("PER")), RoleSchema.exactlyOne("Arg2")))));
        GenericSpan per = new GenericSpan(GenericSpanId.of("t1"), "ner", "PER", Extent.of(93, 98),
                Map.of("confidence", AttributeValue.of(1L)), null);
        GenericSpan org = new GenericSpan(GenericSpanId.of("t2"), "ner", "ORG", Extent.of(134, 145),
                Map.of("colour", AttributeValue.of("red")), null);
        GenericSpan undeclared = new GenericSpan(GenericSpanId.of("t3"), "pos", "NN", Extent.of(0, 1), Map.of(), null);
        GenericRelation relation = new GenericRelation(GenericRelationId.of("r1"), "rel", "Origin",
                List.of(new GenericRelation.Argument("Arg1", AnyId.of("t2")), new GenericRelation.Argument("Arg3", AnyId.of("t1"))),
                Map.of(), null);
        assertThat(codes(valid().schema(schema).add(per).add(org).add(undeclared).add(relation)))
                .containsExactlyInAnyOrder("schema.label", "schema.attribute", "schema.attribute-missing",
                        "schema.layer", "schema.role-target", "schema.role", "schema.role-cardinality");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        DocumentBuilder broken = valid()
                .add(Mention.of("m2", 140, 160, MentionType.NAME, "e9"))
                .add(Quote.of("q1", 0, 5, QuoteType.DIRECT))
                .add(Attribution.of("a2", "m1", "c9"));
        assertThat(codes(broken)).containsExactlyInAnyOrder("span.out-of-range", "id.duplicate", "ref.dangling",
                "ref.dangling", "attribution.empty");
    }
}
