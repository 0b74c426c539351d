package org.standoff.corpus.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.Formats;

/** One test per row of the loss tables in docs/formats/: the export reports the loss, naming the annotation. */
class LossTableTest {
    private static final String TEXT = "\"Yes, no,\" Putin said to Jiang. He left.";

    static Document document() {
        ProvenanceId p1 = ProvenanceId.of("p1");
        ProvenanceId p2 = ProvenanceId.of("p2");
        GenericRelation.Argument g1 = new GenericRelation.Argument("head", AnyId.of("g1"));
        return Document.builder("loss", TEXT)
                .metadata("source", "wire")
                .provenance(new Provenance(p1, "ann", AgentType.HUMAN, Instant.parse("2024-01-01T00:00:00Z"), 0.9))
                .provenance(new Provenance(p2, "bot", AgentType.SOFTWARE, null, null))
                .entity(new Entity(EntityId.of("e1"), "Unmentioned", EntityType.PERSON, Map.of(), false, p1))
                .add(new Quote(QuoteId.of("q1"), Extent.of(Span.of(0, 4), Span.of(6, 10)), QuoteType.MIXED,
                        List.of(Span.of(1, 4)), null, null))
                .add(Mention.of("m1", 11, 16, MentionType.NAME, null))
                .add(Cue.of("c1", 17, 21, "say"))
                .add(new GenericSpan(GenericSpanId.of("g1"), "my layer", "X", Extent.of(25, 30),
                        Map.of("count", AttributeValue.of(3), "bad-name", AttributeValue.of("v")), p1))
                .add(new Attribution(AttributionId.of("a0"), null, null,
                        List.of(new Attribution.Content(QuoteId.of("q1"), ContentLink.EXPLICIT)), List.of(), null, null))
                .add(new Attribution(AttributionId.of("a1"), org.standoff.core.model.MentionId.of("m1"),
                        org.standoff.core.model.CueId.of("c1"),
                        List.of(new Attribution.Content(QuoteId.of("q1"), ContentLink.EXPLICIT)), List.of(),
                        AttributionId.of("a0"), null))
                .add(new GenericRelation(GenericRelationId.of("r1"), "rel", "R", List.of(g1,
                        new GenericRelation.Argument("dep", AnyId.of("m1"))), Map.of("weight", AttributeValue.of("2")), p2))
                .add(new GenericRelation(GenericRelationId.of("r2"), "relation", "R", List.of(g1,
                        new GenericRelation.Argument("b", AnyId.of("m1")), new GenericRelation.Argument("c", AnyId.of("c1"))),
                        Map.of(), null))
                .add(new GenericRelation(GenericRelationId.of("r3"), "relation", "R", List.of(
                        new GenericRelation.Argument("from", AnyId.of("e1")), new GenericRelation.Argument("to", AnyId.of("g1"))),
                        Map.of(), null))
                .build();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "labelstudio | q1 | Label Studio cannot carry a discontinuous extent [0, 4);[6, 10): written as its bounds [0, 10)",
        "labelstudio | q1 | Label Studio cannot carry the verbatim parts [[1, 4)] of a mixed quote",
        "labelstudio | g1 | Label Studio cannot carry the type of attribute \"count\" (Int): written as text",
        "labelstudio | e1 | Label Studio cannot carry an entity that no mention or claim names",
        "labelstudio | e1 | Label Studio cannot carry the provenance of an entity",
        "labelstudio | r2 | Label Studio cannot carry a relation that is not between exactly two spans (layer \"relation\", 3 arguments)",
        "labelstudio | r3 | Label Studio cannot carry a relation that is not between exactly two spans (layer \"relation\", 2 arguments)",
        "labelstudio | r1 | Label Studio cannot carry the layer \"rel\" and roles head, dep of a relation: written as layer relation, roles from and to",
        "labelstudio | r1 | Label Studio cannot carry the attribute \"weight\" of a relation",
        "labelstudio | r1 | Label Studio cannot carry the id of a relation (Label Studio relations have none)",
        "labelstudio | r1 | Label Studio cannot carry a relation's own provenance (p2): written in the annotation of the span it points at",
        "labelstudio | a1 | Label Studio cannot carry the nestedIn link of an attribution (to a0)",
        "labelstudio | a0 | Label Studio cannot carry an attribution with no source, cue or supplement (Label Studio relations are binary: nothing links its 1 content(s))",
        "labelstudio | p1 | Label Studio cannot carry the confidence of a human annotation",
        "w3c | q1 | W3C Web Annotation cannot carry a discontinuous extent [0, 4);[6, 10): written as its bounds [0, 10)",
        "w3c | q1 | W3C Web Annotation cannot carry the verbatim parts [[1, 4)] of a mixed quote",
        "w3c | g1 | W3C Web Annotation cannot carry the type of attribute \"count\" (Int): written as text",
        "w3c | e1 | W3C Web Annotation cannot carry an entity that no mention or claim names",
        "w3c | e1 | W3C Web Annotation cannot carry the provenance of an entity",
        "uima-json | q1 | UIMA CAS JSON cannot carry a discontinuous extent [0, 4);[6, 10): written as its bounds [0, 10)",
        "uima-json | q1 | UIMA CAS JSON cannot carry the verbatim parts [[1, 4)] of a mixed quote",
        "uima-json | g1 | UIMA CAS JSON cannot carry the type of attribute \"count\" (Int): written as text",
        "uima-json | e1 | UIMA CAS JSON cannot carry an entity that no mention or claim names",
        "uima-json | e1 | UIMA CAS JSON cannot carry the provenance of an entity",
        "uima-json | | UIMA CAS JSON cannot carry the metadata entry \"source\"",
        "uima-json | g1 | UIMA CAS JSON cannot carry per-annotation provenance (p1): a CAS is one annotator's",
        "uima-json | g1 | UIMA CAS JSON cannot carry the layer name \"my layer\", not a UIMA type name: written as Lmy_layer",
        "uima-json | g1 | UIMA CAS JSON cannot carry the attribute \"bad-name\", not a usable UIMA feature name",
        "uima-json | r3 | UIMA CAS JSON cannot carry the from argument e1, which is not an annotation written before it",
        "uima-json | r1 | UIMA CAS JSON cannot carry the role names head, dep: written as Governor and Dependent",
        "uima-json | r2 | UIMA CAS JSON cannot carry a relation of 3 arguments (layer \"relation\") as a relation: written as a link host, read back as a span with a slot relation",
    })
    void theExportReportsTheLoss(String format, String subject, String message) {
        List<Diagnostic> diagnostics = Formats.byName(format).orElseThrow()
                .write(List.of(document()), ExportOptions.DEFAULTS).diagnostics();

        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("export.loss");
            assertThat(d.subject()).isEqualTo(subject);
            assertThat(d.message()).isEqualTo(message);
        });
    }
}
