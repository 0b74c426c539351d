package org.standoff.corpus.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;
import org.standoff.core.text.SpanRelations;
import org.standoff.core.validation.Diagnostic;

/**
 * The rules of docs/GUIDELINES.md that can be checked mechanically, each a method that returns
 * one error per violation (code {@code gold.<rule>}, subject the offending id, the rule number in
 * the message). {@link #check(Document)} runs them all. The core
 * {@link org.standoff.core.validation.Validator} checks spans and references; these rules assume
 * they hold. Stateless and thread-safe.
 */
public final class GoldRules {
    private GoldRules() {
    }

    /** Every violation of every rule below, rule by rule. */
    public static List<Diagnostic> check(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        found.addAll(directQuotesHaveMarks(document));
        found.addAll(attributionsHaveSourceOrReason(document));
        found.addAll(mentionsAreLinked(document));
        found.addAll(oneAuthor(document));
        found.addAll(ContentRules.quotesAndCuesBelongToOneAttribution(document));
        found.addAll(ContentRules.contentLinks(document));
        found.addAll(ContentRules.nesting(document));
        found.addAll(ContentRules.claimants(document));
        found.addAll(ContentRules.claimSpans(document));
        found.addAll(boilerplateIsUntouched(document));
        found.addAll(listMentionsNameGroups(document));
        found.addAll(cuesHoldNoMention(document));
        found.addAll(structure(document));
        return found;
    }

    /** G4, G6: a DIRECT quote and every verbatim fragment start and end with a quotation mark. */
    public static List<Diagnostic> directQuotesHaveMarks(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Quote quote : document.quotes()) {
            List<Span> marked = quote.quoteType() == QuoteType.DIRECT ? List.of(quote.span()) : quote.verbatim();
            for (Span span : marked) {
                String text = span.coveredText(document.text());
                if (text.isEmpty() || "\"\u201c".indexOf(text.charAt(0)) < 0
                        || "\"\u201d".indexOf(text.charAt(text.length() - 1)) < 0) {
                    found.add(error("quote-marks", quote.id().value(), "G4/G6: " + span + " \"" + text
                            + "\" must start and end with a quotation mark"));
                }
            }
        }
        return found;
    }

    /** G10: every attribution has a source mention, or an unknown field {@code noSource} saying why not. */
    public static List<Diagnostic> attributionsHaveSourceOrReason(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Attribution attribution : document.attributions()) {
            String reason = document.unknownFields().of(attribution.id().value()).get(RelationReader.NO_SOURCE);
            if (attribution.source() == null && (reason == null || reason.isBlank() || reason.equals("\"\""))) {
                found.add(error("source", attribution.id().value(), "G10: the attribution has no source and no "
                        + "noSource reason"));
            }
        }
        return found;
    }

    /** G18: every mention, pronouns above all, is linked to an existing entity. */
    public static List<Diagnostic> mentionsAreLinked(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Mention mention : document.mentions()) {
            if (mention.entity() == null || document.entity(mention.entity()).isEmpty()) {
                found.add(error("coreference", mention.id().value(), "G18: " + mention.mentionType()
                        + " mention \"" + mention.coveredText(document.text()) + "\" is not linked to an entity"));
            }
        }
        return found;
    }

    /** G20: exactly one AUTHOR entity, and it has no mentions. */
    public static List<Diagnostic> oneAuthor(Document document) {
        List<Entity> authors = authors(document);
        List<Diagnostic> found = new ArrayList<>();
        if (authors.size() != 1) {
            found.add(error("author", null, "G20: expected exactly one AUTHOR entity, found " + authors.size()));
        }
        for (Entity author : authors) {
            if (!document.mentionsOf(author.id()).isEmpty()) {
                found.add(error("author", author.id().value(), "G20: the AUTHOR entity has mentions"));
            }
        }
        return found;
    }

    /** G2: nothing but a BOILERPLATE segment lies on boilerplate: no span, supplement or verbatim part overlaps it. */
    public static List<Diagnostic> boilerplateIsUntouched(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        List<Segment> boilerplate = document.segments().stream()
                .filter(segment -> segment.segmentType() == SegmentType.BOILERPLATE).toList();
        for (Segment chrome : boilerplate) {
            for (SpanAnnotation annotation : document.spanAnnotations()) {
                if (annotation != chrome && SpanRelations.overlaps(annotation.span(), chrome.span())) {
                    found.add(error("boilerplate", annotation.id().value(), "G2: " + annotation.kind() + " "
                            + annotation.span() + " touches boilerplate " + chrome.id()));
                }
            }
            document.attributions().forEach(a -> a.supplements().stream()
                    .filter(s -> SpanRelations.overlaps(s.span(), chrome.span()))
                    .forEach(s -> found.add(error("boilerplate", a.id().value(), "G2: supplement " + s.span()
                            + " touches boilerplate " + chrome.id()))));
        }
        return found;
    }

    /** G16: a LIST mention names a GROUP entity. */
    public static List<Diagnostic> listMentionsNameGroups(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Mention mention : document.mentions()) {
            Optional<Entity> entity = mention.entity() == null ? Optional.empty() : document.entity(mention.entity());
            if (mention.mentionType() == MentionType.LIST
                    && entity.filter(e -> e.entityType() == EntityType.GROUP).isEmpty()) {
                found.add(error("list", mention.id().value(), "G16: LIST mention of " + mention.entity()
                        + ", which is not a GROUP"));
            }
        }
        return found;
    }

    /** G7: a cue never contains a mention. */
    public static List<Diagnostic> cuesHoldNoMention(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Cue cue : document.cues()) {
            for (Mention mention : document.mentions()) {
                if (SpanRelations.covers(cue.span(), mention.span())) {
                    found.add(error("cue", cue.id().value(), "G7: the cue contains mention " + mention.id()));
                }
            }
        }
        return found;
    }

    /**
     * G2: one HEADLINE; every SENTENCE lies in the headline or a PARAGRAPH; every TOKEN in a
     * SENTENCE; no structure segment but the BOILERPLATE ones overlaps boilerplate (checked above).
     */
    public static List<Diagnostic> structure(Document document) {
        List<Diagnostic> found = new ArrayList<>();
        Map<SegmentType, List<Span>> byType = new HashMap<>();
        document.segments().forEach(s -> byType.computeIfAbsent(s.segmentType(), k -> new ArrayList<>()).add(s.span()));
        if (byType.getOrDefault(SegmentType.HEADLINE, List.of()).size() != 1) {
            found.add(error("structure", null, "G3: expected exactly one HEADLINE segment"));
        }
        List<Span> blocks = new ArrayList<>(byType.getOrDefault(SegmentType.HEADLINE, List.of()));
        blocks.addAll(byType.getOrDefault(SegmentType.PARAGRAPH, List.of()));
        for (Segment segment : document.segments()) {
            List<Span> parents = segment.segmentType() == SegmentType.SENTENCE ? blocks
                    : segment.segmentType() == SegmentType.TOKEN ? byType.get(SegmentType.SENTENCE) : null;
            if (parents != null && parents.stream().noneMatch(p -> SpanRelations.covers(p, segment.span()))) {
                found.add(error("structure", segment.id().value(), segment.segmentType() + " " + segment.span()
                        + " lies in no " + (segment.segmentType() == SegmentType.TOKEN ? "sentence" : "paragraph")));
            }
        }
        return found;
    }

    static List<Entity> authors(Document document) {
        return document.entities().stream().filter(e -> e.entityType() == EntityType.AUTHOR).toList();
    }

    static Diagnostic error(String rule, String subject, String message) {
        return Diagnostic.error("gold." + rule, subject, message);
    }

    /** The quotes of {@code document} by the attribution that lists them (the first, if several do). */
    static Map<String, Attribution> attributionByQuote(Document document) {
        Map<String, Attribution> byQuote = new HashMap<>();
        for (Attribution attribution : document.attributions()) {
            attribution.contents().forEach(c -> byQuote.putIfAbsent(c.quote().value(), attribution));
        }
        return byQuote;
    }

    /** The innermost (shortest) quote whose span covers {@code span}, if any. */
    static Optional<Quote> innermostQuote(Document document, Span span) {
        return document.quotes().stream().filter(q -> SpanRelations.covers(q.span(), span))
                .min(Comparator.comparingInt((Quote q) -> q.span().length()));
    }

    /** The entity of an attribution's source mention, or {@code null}. */
    static EntityId sourceEntity(Document document, Attribution attribution) {
        if (attribution.source() == null) {
            return null;
        }
        return document.mention(attribution.source()).map(Mention::entity).orElse(null);
    }
}
