package org.standoff.server.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;

/**
 * One document version as the directory store's corpus index ({@link CorpusIndex}) sees it: a row per
 * quote, claim and mention with what corpus-wide filters and groups read (its key, type, entity, cue
 * lemma, check-worthiness, lower-cased texts), in corpus order, and a row per entity with its counts.
 * The rules of {@link CorpusQueries} (whose speaker a quote is) are applied here. Immutable.
 */
final class CorpusRows {
    /** One quote, claim or mention. {@code entity} and {@code cueLemma} may be null. */
    record Row(CorpusKey key, String type, CorpusIdentity entity, String cueLemma, Boolean checkworthy, List<String> texts) {
        boolean matches(CorpusFilter filter) {
            return filter.entity().matches(entity)
                    && (filter.type() == null || filter.type().equals(type))
                    && (filter.cueLemma() == null || filter.cueLemma().equals(cueLemma))
                    && (filter.checkworthy() == null || filter.checkworthy().equals(checkworthy))
                    && (filter.textContains() == null || containsText(EntityMatch.lower(filter.textContains())));
        }

        private boolean containsText(String part) {
            return texts.stream().anyMatch(text -> text.contains(part));
        }

        /** The group this row counts in. */
        String group(CorpusGroup by) {
            switch (by) {
                case ENTITY:
                    return entity == null ? null : entity.corpusId();
                case CUE_LEMMA:
                    return cueLemma;
                case TYPE:
                    return type;
                case CHECKWORTHY:
                    return checkworthy == null ? null : checkworthy.toString();
                case DOCUMENT:
                    return key.documentId();
                default:
                    throw new IllegalStateException("unhandled " + by);
            }
        }
    }

    /** One entity, and how many mentions, quotes (as speaker) and claims (as claimant) it has here. */
    record EntityRow(CorpusIdentity identity, long mentions, long quotes, long claims) {
    }

    private final StoredDocument stored;
    private final Map<CorpusKind, List<Row>> rows = new EnumMap<>(CorpusKind.class);
    private final List<EntityRow> entities = new ArrayList<>();
    private final Set<String> postings = new LinkedHashSet<>();
    private final TypeCounts typeCounts = new TypeCounts();

    private CorpusRows(StoredDocument stored) {
        this.stored = stored;
        Document document = stored.document();
        String id = document.id();
        Map<String, CorpusIdentity> identities = new HashMap<>();
        for (Entity entity : document.entities()) {
            CorpusIdentity identity = CorpusIdentity.of(id, entity);
            identities.put(entity.id().value(), identity);
            postings.add(posting("c", identity.corpusId()));
            postings.add(posting("i", identity.entityId()));
            if (identity.wikidata() != null) {
                postings.add(posting("w", identity.wikidata()));
            }
        }
        Map<String, Integer> quotesOf = new HashMap<>();
        Map<String, Integer> claimsOf = new HashMap<>();
        List<Row> quotes = quoteRows(document, identities, quotesOf);
        List<Row> claims = new ArrayList<>();
        for (Claim claim : document.claims()) {
            CorpusIdentity claimant = claim.claimant() == null ? null : identities.get(claim.claimant().value());
            count(claimsOf, claimant);
            List<String> texts = new ArrayList<>(List.of(lower(claim.coveredText(document.text()))));
            if (claim.claimText() != null) {
                texts.add(lower(claim.claimText()));
            }
            claims.add(new Row(key(document, claim), claim.claimType().name(), claimant, null, claim.checkworthy(), texts));
        }
        List<Row> mentions = new ArrayList<>();
        Map<String, Integer> mentionsOf = new HashMap<>();
        for (Mention mention : document.mentions()) {
            CorpusIdentity entity = mention.entity() == null ? null : identities.get(mention.entity().value());
            count(mentionsOf, entity);
            mentions.add(new Row(key(document, mention), mention.mentionType().name(), entity, null, null,
                    List.of(lower(mention.coveredText(document.text())))));
        }
        rows.put(CorpusKind.QUOTES, sorted(quotes));
        rows.put(CorpusKind.CLAIMS, sorted(claims));
        rows.put(CorpusKind.MENTIONS, sorted(mentions));
        rows.forEach((kind, list) -> list.forEach(row -> typeCounts.add(new TypeCounts.Key(kind, row.type(), row.checkworthy()), 1)));
        for (Entity entity : document.entities()) {
            CorpusIdentity identity = identities.get(entity.id().value());
            entities.add(new EntityRow(identity, mentionsOf.getOrDefault(identity.entityId(), 0),
                    quotesOf.getOrDefault(identity.entityId(), 0), claimsOf.getOrDefault(identity.entityId(), 0)));
        }
    }

    /** The rows of {@code stored}. */
    static CorpusRows of(StoredDocument stored) {
        return new CorpusRows(stored);
    }

    private List<Row> quoteRows(Document document, Map<String, CorpusIdentity> identities, Map<String, Integer> quotesOf) {
        Map<String, Attribution> attributionOf = new HashMap<>();
        for (Attribution attribution : document.attributions()) {
            attribution.contents().forEach(content -> attributionOf.putIfAbsent(content.quote().value(), attribution));
        }
        List<Row> quotes = new ArrayList<>();
        for (Quote quote : document.quotes()) {
            Attribution attribution = attributionOf.get(quote.id().value());
            CorpusIdentity speaker = null;
            String lemma = null;
            if (attribution != null && attribution.source() != null) {
                EntityId entity = document.mention(attribution.source()).map(Mention::entity).orElse(null);
                speaker = entity == null ? null : identities.get(entity.value());
            }
            if (attribution != null && attribution.cue() != null) {
                lemma = document.cue(attribution.cue()).map(Cue::lemma).orElse(null);
            }
            if (lemma != null) {
                postings.add(posting("l", lemma));
            }
            count(quotesOf, speaker);
            quotes.add(new Row(key(document, quote), quote.quoteType().name(), speaker, lemma, null,
                    List.of(lower(quote.coveredText(document.text())))));
        }
        return quotes;
    }

    private static void count(Map<String, Integer> counts, CorpusIdentity entity) {
        if (entity != null) {
            counts.merge(entity.entityId(), 1, Integer::sum);
        }
    }

    private static CorpusKey key(Document document, SpanAnnotation annotation) {
        OffsetIndex offsets = document.offsets();
        return new CorpusKey(document.id(), offsets.convert(annotation.span().start(), OffsetUnit.UTF16, OffsetUnit.CODEPOINT),
                offsets.convert(annotation.span().end(), OffsetUnit.UTF16, OffsetUnit.CODEPOINT), annotation.id().value());
    }

    private static List<Row> sorted(List<Row> rows) {
        rows.sort((a, b) -> a.key().compareTo(b.key()));
        return List.copyOf(rows);
    }

    private static String lower(String text) {
        return EntityMatch.lower(text);
    }

    /** The posting-list key of a value: {@code c} corpus id, {@code i} entity id, {@code w} Wikidata id, {@code l} cue lemma. */
    static String posting(String field, String value) {
        return field + ":" + value;
    }

    StoredDocument stored() {
        return stored;
    }

    /** The rows of {@code kind}, in corpus order. */
    List<Row> rows(CorpusKind kind) {
        return rows.get(kind);
    }

    /** The entities, in the document's order. */
    List<EntityRow> entities() {
        return entities;
    }

    /** How many quotes, claims and mentions this document has of each type (and check-worthiness). */
    TypeCounts typeCounts() {
        return typeCounts;
    }

    /** The posting-list keys this document is listed under. */
    Set<String> postings() {
        return postings;
    }
}
