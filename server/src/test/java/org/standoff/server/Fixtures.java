package org.standoff.server;

import java.util.List;
import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
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
import org.standoff.corpus.Corpus;

/** Documents the server tests run on: the article's Jiang paragraph, and a short text with emoji. */
public final class Fixtures {
    /** The second body paragraph of the shipped article (ATTRIBUTION.md §8), 217 ASCII characters. */
    public static final String JIANG = "\"The friendship treaty will bring Russian-Chinese friendship from generation "
            + "to generation,\" Jiang said after the signing ceremony in the Kremlin. \"This is a milestone in the "
            + "development of Russian-Chinese relations.\"";

    /** A text with astral characters: a ZWJ emoji sequence with a skin tone, and a rocket. */
    public static final String EMOJI = "Ana \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB said: \"We ship \uD83D\uDE80 today.\" Bo agreed.";

    private Fixtures() {
    }

    /** The Jiang paragraph, annotated as in ATTRIBUTION.md §8 (offsets relative to the paragraph). */
    public static Document jiang() {
        return Document.builder("jiang", JIANG)
                .metadata("title", "Jiang on the friendship treaty")
                .metadata("language", "en")
                .schema(new Schema(List.of(LayerSchema.spans("ner", List.of("GPE", "NORP")).withAttributes(List.of(
                        AttributeSchema.optional("confidence", AttributeType.NUMBER),
                        AttributeSchema.optional("checked", AttributeType.BOOLEAN))))))
                .entity(Entity.of("e1", "Jiang Zemin", EntityType.PERSON))
                .entity(Entity.of("e2", "Russian-Chinese friendship treaty", EntityType.DOCUMENT))
                .entity(Entity.of("e3", "treaty signing ceremony", EntityType.EVENT))
                .entity(new Entity(EntityId.of("e4"), "the Kremlin", EntityType.LOCATION,
                        Map.of("wikidata", "Q42940"), false, null))
                .entity(Entity.of("author", "article author", EntityType.AUTHOR))
                .add(Segment.of("p1", 0, 217, SegmentType.PARAGRAPH))
                .add(Segment.of("s1", 0, 146, SegmentType.SENTENCE))
                .add(Segment.of("s2", 147, 217, SegmentType.SENTENCE))
                .add(Quote.of("q1", 0, 92, QuoteType.DIRECT))
                .add(Quote.of("q2", 147, 217, QuoteType.DIRECT))
                .add(Mention.of("m1", 93, 98, MentionType.NAME, "e1"))
                .add(Mention.of("m3", 1, 22, MentionType.NOMINAL, "e2"))
                .add(Mention.of("m4", 148, 152, MentionType.PRONOUN, "e2"))
                .add(Mention.of("m5", 110, 130, MentionType.NOMINAL, "e3"))
                .add(Mention.of("m6", 134, 145, MentionType.NAME, "e4"))
                .add(Cue.of("c1", 99, 103, "say"))
                .add(new Attribution(AttributionId.of("a1"), Mention.of("m1", 93, 98, MentionType.NAME, "e1").id(),
                        Cue.of("c1", 99, 103, "say").id(),
                        List.of(new Attribution.Content(QuoteId.of("q1"), ContentLink.EXPLICIT),
                                new Attribution.Content(QuoteId.of("q2"), ContentLink.CONTINUATION)),
                        List.of(new Supplement(SupplementRole.SETTING, Span.of(104, 145))), null, null))
                .add(new Claim(ClaimId.of("cl1"), Extent.of(1, 90), ClaimType.PREDICTION, false,
                        "The friendship treaty that Russia and China signed will bring Russian-Chinese friendship"
                                + " from generation to generation.",
                        EntityId.of("e1"), AttributionId.of("a1"), QuoteId.of("q1"), null))
                .add(new Claim(ClaimId.of("cl2"), Extent.of(148, 215), ClaimType.OPINION, false,
                        "The signing of the Russian-Chinese friendship treaty is a milestone in the development of"
                                + " Russian-Chinese relations.",
                        EntityId.of("e1"), AttributionId.of("a1"), QuoteId.of("q2"), null))
                .add(new Claim(ClaimId.of("cl3"), Extent.of(93, 145), ClaimType.EVENT, true,
                        "Jiang Zemin made these statements after the treaty signing ceremony in the Kremlin.",
                        EntityId.of("author"), null, null, null))
                .build();
    }

    /** A short text with emoji: Ana said a quote with a rocket in it. */
    public static Document emoji() {
        String text = EMOJI;
        int said = text.indexOf("said");
        int quote = text.indexOf('"');
        int quoteEnd = text.lastIndexOf('"') + 1;
        int bo = text.indexOf("Bo");
        return Document.builder("emoji", text)
                .metadata("title", "Emoji")
                .metadata("language", "en")
                .entity(Entity.of("e1", "Ana", EntityType.PERSON))
                .entity(Entity.of("e2", "Bo", EntityType.PERSON))
                .add(Mention.of("m1", 0, 3, MentionType.NAME, "e1"))
                .add(Mention.of("m2", bo, bo + 2, MentionType.NAME, "e2"))
                .add(Cue.of("c1", said, said + 4, "say"))
                .add(Quote.of("q1", quote, quoteEnd, QuoteType.DIRECT))
                .add(Attribution.of("a1", "m1", "c1", "q1"))
                .build();
    }

    /** The shipped article. */
    public static Document article() {
        return Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
    }

    /**
     * A second annotator's copy of {@link #article()}: its first mention (the LIST "Putin, Jiang") typed
     * NOMINAL and its first quote without its closing quotation mark. Agreement finds three disagreements:
     * the mention's category, the quote's boundary, and the content of the quote's attribution.
     */
    public static Document articleCopyEdited() {
        Document gold = article();
        Mention first = gold.mentions().get(0);
        Quote quote = gold.quotes().get(0);
        return gold.toBuilder()
                .replace(new Mention(first.id(), first.extent(),
                        MentionType.NOMINAL, first.entity(), null))
                .replace(new Quote(quote.id(),
                        Extent.of(quote.span().start(), quote.span().end() - 1), quote.quoteType(),
                        List.of(), quote.embeddedIn(), null))
                .build();
    }
}
