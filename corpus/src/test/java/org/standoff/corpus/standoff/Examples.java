package org.standoff.corpus.standoff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.Schema;
import org.standoff.core.text.Span;

/** The worked example of docs/FORMAT.md: the Jiang paragraph of the shipped article (ATTRIBUTION.md §8). */
final class Examples {
    static final String JIANG_TEXT = "\"The friendship treaty will bring Russian-Chinese friendship from generation to generation,\""
            + " Jiang said after the signing ceremony in the Kremlin. \"This is a milestone in the development of"
            + " Russian-Chinese relations.\"";

    private Examples() {
    }

    static Document jiang() {
        ProvenanceId gold = ProvenanceId.of("gold");
        return Document.builder("putin-jiang-2001-p2", JIANG_TEXT)
                .metadata("title", "Putin, Jiang sign friendship treaty (paragraph 2)")
                .metadata("language", "en")
                .schema(new Schema(List.of(LayerSchema.spans("ner", List.of("LOC", "GPE"))
                        .withAttributes(List.of(new AttributeSchema("confidence", AttributeType.NUMBER, List.of(), false))))))
                .entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
                .entity(new Entity(EntityId.of("e2"), "Russian-Chinese friendship treaty", EntityType.DOCUMENT, Map.of(), false, null))
                .entity(Entity.of("e3", "treaty signing ceremony", EntityType.EVENT))
                .entity(new Entity(EntityId.of("e4"), "the Kremlin", EntityType.LOCATION, Map.of("wikidata", "Q42490"), false, null))
                .entity(Entity.of("author", "article author", EntityType.AUTHOR))
                .add(Mention.of("m3", 1, 22, MentionType.NOMINAL, "e2"))
                .add(new Mention(MentionId.of("m1"), Extent.of(93, 98), MentionType.NAME, EntityId.of("e1"), gold))
                .add(Mention.of("m5", 110, 130, MentionType.NOMINAL, "e3"))
                .add(Mention.of("m6", 134, 145, MentionType.NAME, "e4"))
                .add(Mention.of("m4", 148, 152, MentionType.PRONOUN, "e2"))
                .add(Quote.of("q1", 0, 92, QuoteType.DIRECT))
                .add(Quote.of("q2", 147, 217, QuoteType.DIRECT))
                .add(Cue.of("c1", 99, 103, "say"))
                .add(new Attribution(AttributionId.of("a1"), MentionId.of("m1"), CueId.of("c1"),
                        List.of(new Attribution.Content(QuoteId.of("q1"), ContentLink.EXPLICIT),
                                new Attribution.Content(QuoteId.of("q2"), ContentLink.CONTINUATION)),
                        List.of(new Supplement(SupplementRole.SETTING, Span.of(104, 145))), null, gold))
                .add(new Claim(ClaimId.of("cl1"), Extent.of(1, 90), ClaimType.PREDICTION, false,
                        "The friendship treaty that Russia and China signed will bring Russian-Chinese friendship from generation to generation.",
                        EntityId.of("e1"), AttributionId.of("a1"), QuoteId.of("q1"), null))
                .add(new Claim(ClaimId.of("cl2"), Extent.of(148, 215), ClaimType.OPINION, false,
                        "The signing of the Russian-Chinese friendship treaty is a milestone in the development of Russian-Chinese relations.",
                        EntityId.of("e1"), AttributionId.of("a1"), QuoteId.of("q2"), null))
                .add(Segment.of("p2", 0, 217, SegmentType.PARAGRAPH))
                .add(new GenericSpan(GenericSpanId.of("n1"), "ner", "LOC", Extent.of(Span.of(138, 145)),
                        Map.of("confidence", new AttributeValue.Decimal(0.97)), null))
                .add(new GenericSpan(GenericSpanId.of("n2"), "ner", "GPE", Extent.of(Span.of(34, 41), Span.of(42, 49)),
                        Map.of(), null))
                .provenance(new Provenance(gold, "annotator-1", AgentType.HUMAN, Instant.parse("2024-05-01T12:00:00Z"), null))
                .build();
    }
}
