package org.standoff.bench.format;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;

/**
 * Generates news-like annotated documents with the annotation density of the shipped article
 * ({@code putin-jiang-2001}): per 1000 characters about 8 entities, 30 mentions, 7 quotes, 7 cues,
 * 7 attributions, 11 claims, 8 sentences, 5 paragraphs and 180 tokens, with provenance on every
 * annotation and a {@code note} (kept as an unknown field) on about one annotation in six.
 * Deterministic: the same seed gives the same document.
 *
 * <p>Documents made with {@code astral} put supplementary characters (mathematical letters, emoji,
 * CJK extension B) into some words, so code-point offsets differ from UTF-16 offsets and the
 * reader's and writer's offset conversion is exercised.
 */
public final class ArticleCorpus {
    private static final String[] WORDS = {
        "the", "treaty", "will", "bring", "friendship", "from", "generation", "to", "partnership", "between",
        "two", "countries", "mounting", "concern", "over", "missile", "defense", "plans", "attempts", "attract",
        "more", "nations", "into", "their", "own", "orbit", "joint", "statement", "issued", "hope", "for",
        "rational", "new", "international", "order", "reflect", "concept", "world", "led", "by", "rather",
        "than", "first", "such", "document", "since", "alliance", "had", "soured", "bitter", "rivalry",
        "collapse", "strife", "behind", "them", "forged", "strategic", "arrived", "visit", "talks", "border",
        "trade", "energy", "pipeline", "agreement", "signed", "ceremony", "milestone", "development", "relations",
        "analysts", "expect", "growth", "percent", "billion", "dollars", "economy", "security", "region", "and",
        "of", "in", "on", "a", "is", "was", "that", "with", "as", "it", "not", "are", "this", "which",
    };
    private static final String[] ASTRAL_WORDS = {
        "\uD835\uDD10oscow", "\uD83D\uDE00", "\uD840\uDC0Bjing", "\uD835\uDD1Alobal", "\uD83C\uDF0D", "\uD835\uDC00\uD835\uDC01\uD835\uDC02",
    };
    private static final String[] FIRST = {"Vladimir", "Jiang", "Boris", "Josef", "Mao", "Igor", "Li", "Sergei", "Hu", "Tang"};
    private static final String[] LAST = {"Putin", "Zemin", "Yeltsin", "Stalin", "Zedong", "Ivanov", "Peng", "Prikhodko", "Jintao", "Jiaxuan"};
    private static final String[] NOMINALS = {"the president", "the minister", "the official", "the leader", "the spokesman"};
    private static final String[] PRONOUNS = {"he", "she", "they", "it"};
    private static final String[] CUES = {"said", "told", "added", "stated", "warned", "declared"};
    private static final String[] LEMMAS = {"say", "tell", "add", "state", "warn", "declare"};
    private static final EntityType[] OTHER_TYPES = {EntityType.ORGANIZATION, EntityType.GPE, EntityType.GROUP,
        EntityType.LOCATION, EntityType.DOCUMENT, EntityType.EVENT};
    private static final ProvenanceId ANNOTATOR = ProvenanceId.of("annotator");
    private static final ProvenanceId SEGMENTER = ProvenanceId.of("segmenter");

    private final SplittableRandom random;
    private final boolean astral;
    private final StringBuilder text = new StringBuilder();
    private final DocumentBuilder builder;
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> others = new ArrayList<>();
    private int tokens;
    private int sentences;
    private int paragraphs;
    private int mentions;
    private int quotes;
    private int cues;
    private int attributions;
    private int claims;

    private ArticleCorpus(String id, long seed, boolean astral) {
        this.random = new SplittableRandom(seed);
        this.astral = astral;
        this.builder = Document.builder(id, "");
    }

    /**
     * One document of at least {@code minChars} UTF-16 units, shaped like the article.
     *
     * @param astral whether some words carry supplementary characters
     */
    public static Document article(String id, long seed, int minChars, boolean astral) {
        return new ArticleCorpus(id, seed, astral).generate(minChars);
    }

    /** {@code count} documents of about {@code chars} characters each; every third has supplementary characters. */
    public static List<Document> articles(long seed, int count, int chars) {
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(article("article-" + seed + "-" + i, seed * 1_000_003L + i, chars, i % 3 == 2));
        }
        return documents;
    }

    private Document generate(int minChars) {
        int entityCount = Math.max(4, minChars * 8 / 1000);
        for (int i = 0; i < entityCount; i++) {
            entity(i);
        }
        Entity author = new Entity(EntityId.of("e-author"), "the author", EntityType.AUTHOR, null, false, ANNOTATOR);
        builder.entity(author);
        headline();
        while (text.length() < minChars) {
            paragraph(author);
        }
        builder.provenance(new Provenance(ANNOTATOR, "benchmark generator", AgentType.HUMAN, null, null));
        builder.provenance(new Provenance(SEGMENTER, "benchmark tokenizer", AgentType.SOFTWARE, null, 0.98));
        builder.metadata("title", "Generated article " + random.nextInt(1_000_000));
        builder.metadata("language", "en");
        builder.metadata("source", "org.standoff.bench.format.ArticleCorpus (seeded)");
        return withText(builder.build());
    }

    /** The builder was started with an empty text (it has no text setter); rebuild with the generated one. */
    private Document withText(Document draft) {
        DocumentBuilder full = Document.builder(draft.id(), text.toString()).metadata(draft.metadata());
        draft.entities().forEach(full::entity);
        draft.provenance().forEach(full::provenance);
        full.addAll(draft.annotations());
        draft.unknownFields().byOwner().forEach((owner, fields) -> fields.forEach((name, raw) -> full.unknownField(owner, name, raw)));
        return full.build();
    }

    private void entity(int i) {
        if (i % 2 == 0) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            Entity e = new Entity(EntityId.of("e-" + last.toLowerCase() + "-" + i), first + " " + last, EntityType.PERSON,
                    random.nextInt(3) == 0 ? java.util.Map.of("wikidata", "Q" + (1000 + random.nextInt(90000))) : null,
                    false, ANNOTATOR);
            people.add(e);
            builder.entity(e);
        } else {
            String name = capitalize(word(false)) + " " + capitalize(word(false));
            Entity e = new Entity(EntityId.of("e-org-" + i), name, OTHER_TYPES[random.nextInt(OTHER_TYPES.length)], null,
                    random.nextInt(5) == 0, ANNOTATOR);
            others.add(e);
            builder.entity(e);
        }
    }

    private void headline() {
        int start = text.length();
        words(4 + random.nextInt(3), true);
        builder.add(new Segment(SegmentId.of("h1"), Extent.of(start, text.length()), SegmentType.HEADLINE, ANNOTATOR));
        text.append("\n\n");
    }

    private void paragraph(Entity author) {
        int start = text.length();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            sentence(author);
        }
        builder.add(new Segment(SegmentId.of("p" + ++paragraphs), Extent.of(start, text.length()), SegmentType.PARAGRAPH,
                ANNOTATOR));
        note("p" + paragraphs);
        text.append("\n\n");
    }

    private void sentence(Entity author) {
        int start = text.length();
        int kind = random.nextInt(100);
        if (kind < 55) {
            directQuote();
        } else if (kind < 85) {
            indirectQuote();
        } else {
            narrative(author);
        }
        builder.add(new Segment(SegmentId.of("s" + ++sentences), Extent.of(start, text.length()), SegmentType.SENTENCE,
                SEGMENTER));
    }

    /** {@code "clause," Speaker said[, "clause."]} or {@code "clause," Speaker said.} */
    private void directQuote() {
        Entity speaker = people.get(random.nextInt(people.size()));
        int q1Start = text.length();
        token("\"");
        Span claim1 = clause();
        token(",");
        token("\"");
        QuoteId q1 = quote(q1Start, QuoteType.DIRECT);
        text.append(' ');
        MentionId source = mention(speaker, MentionType.NAME);
        text.append(' ');
        CueId cue = cue();
        List<Attribution.Content> contents = new ArrayList<>();
        contents.add(new Attribution.Content(q1, ContentLink.EXPLICIT));
        AttributionId attribution = AttributionId.of("a" + ++attributions);
        claim(claim1, speaker.id(), attribution, q1);
        if (random.nextInt(8) == 0) {
            token(",");
            text.append(' ');
            int q2Start = text.length();
            token("\"");
            Span claim2 = clause();
            token(".");
            token("\"");
            QuoteId q2 = quote(q2Start, QuoteType.DIRECT);
            contents.add(new Attribution.Content(q2, ContentLink.SPLIT));
            claim(claim2, speaker.id(), attribution, q2);
        } else {
            token(".");
        }
        builder.add(new Attribution(attribution, source, cue, contents, List.of(), null, ANNOTATOR));
        note(attribution.value());
    }

    /** {@code Speaker said that clause.} */
    private void indirectQuote() {
        Entity speaker = people.get(random.nextInt(people.size()));
        MentionId source = mention(speaker, random.nextInt(4) == 0 ? MentionType.NOMINAL : MentionType.NAME);
        text.append(' ');
        CueId cue = cue();
        text.append(' ');
        int qStart = text.length();
        token("that");
        text.append(' ');
        Span claim = clause();
        QuoteId quote = quote(qStart, random.nextInt(5) == 0 ? QuoteType.MIXED : QuoteType.INDIRECT);
        token(".");
        AttributionId attribution = AttributionId.of("a" + ++attributions);
        builder.add(new Attribution(attribution, source, cue, List.of(new Attribution.Content(quote, ContentLink.EXPLICIT)),
                List.of(), null, ANNOTATOR));
        claim(claim, speaker.id(), attribution, quote);
    }

    /** An author's sentence with mentions and a claim or two. */
    private void narrative(Entity author) {
        Span claim = clause();
        token(".");
        claim(claim, author.id(), null, null);
        builder.add(new Claim(ClaimId.of("cl" + ++claims), Extent.of(claim.start(), claim.end()), ClaimType.EVENT, false,
                null, author.id(), null, null, ANNOTATOR));
    }

    /** Words with two to four mentions among them; returns the clause's span. */
    private Span clause() {
        int start = text.length();
        int parts = 2 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                text.append(' ');
            }
            words(2 + random.nextInt(4), false);
            text.append(' ');
            int kind = random.nextInt(10);
            if (kind < 5) {
                mention(others.get(random.nextInt(others.size())), MentionType.NAME);
            } else if (kind < 7) {
                mention(people.get(random.nextInt(people.size())), MentionType.PRONOUN);
            } else if (kind < 9) {
                mention(people.get(random.nextInt(people.size())), MentionType.NOMINAL);
            } else {
                mention(people.get(random.nextInt(people.size())), MentionType.NAME);
            }
        }
        return Span.of(start, text.length());
    }

    private MentionId mention(Entity entity, MentionType type) {
        int start = text.length();
        if (type == MentionType.NAME) {
            String[] parts = entity.canonicalName().split(" ");
            if (random.nextBoolean()) {
                token(parts[parts.length - 1]);
            } else {
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        text.append(' ');
                    }
                    token(parts[i]);
                }
            }
        } else if (type == MentionType.PRONOUN) {
            token(PRONOUNS[random.nextInt(PRONOUNS.length)]);
        } else {
            String[] parts = NOMINALS[random.nextInt(NOMINALS.length)].split(" ");
            token(parts[0]);
            text.append(' ');
            token(parts[1]);
        }
        MentionId id = MentionId.of("m" + ++mentions);
        builder.add(new Mention(id, Extent.of(start, text.length()), type, entity.id(), ANNOTATOR));
        note(id.value());
        return id;
    }

    private CueId cue() {
        int which = random.nextInt(CUES.length);
        int start = text.length();
        token(CUES[which]);
        CueId id = CueId.of("c" + ++cues);
        builder.add(new Cue(id, Extent.of(start, text.length()), LEMMAS[which], ANNOTATOR));
        return id;
    }

    private QuoteId quote(int start, QuoteType type) {
        QuoteId id = QuoteId.of("q" + ++quotes);
        builder.add(new Quote(id, Extent.of(start, text.length()), type, List.of(), null, ANNOTATOR));
        note(id.value());
        return id;
    }

    private void claim(Span span, EntityId claimant, AttributionId attribution, QuoteId quote) {
        ClaimType type = ClaimType.values()[random.nextInt(6)];
        String id = "cl" + ++claims;
        builder.add(new Claim(ClaimId.of(id), Extent.of(span.start(), span.end()), type, random.nextBoolean(),
                "A decontextualized restatement of claim " + id + ", readable on its own.", claimant, attribution, quote,
                ANNOTATOR));
        note(id);
    }

    private void words(int count, boolean capitalized) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String word = word(astral && random.nextInt(12) == 0);
            token(capitalized ? capitalize(word) : word);
        }
    }

    private String word(boolean supplementary) {
        return supplementary ? ASTRAL_WORDS[random.nextInt(ASTRAL_WORDS.length)] : WORDS[random.nextInt(WORDS.length)];
    }

    private void token(String value) {
        int start = text.length();
        text.append(value);
        builder.add(new Segment(SegmentId.of("t" + ++tokens), Extent.of(start, text.length()), SegmentType.TOKEN, SEGMENTER));
    }

    private void note(String owner) {
        if (random.nextInt(6) == 0) {
            builder.unknownField(owner, "note", "\"generated note on " + owner + ": see the annotation guidelines, section G"
                    + (1 + random.nextInt(9)) + "\"");
        }
    }

    private static String capitalize(String word) {
        return Character.isLowerCase(word.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
