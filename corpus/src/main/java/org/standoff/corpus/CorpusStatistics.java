package org.standoff.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Document;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.SegmentType;

/**
 * Counts over a corpus: annotations per kind (and per segment, mention and quote type), quotes per
 * speaker entity, claims per claimant and per claim type. Entities are counted with the annotations
 * though they have no span. Speakers and claimants are named by their entity's canonical name
 * ({@value #NO_SOURCE} for a quote whose attribution has no source, {@value #UNRESOLVED} for a
 * mention or claim with no entity); those maps are sorted by count, largest first, then by name;
 * the others follow the kinds' declaration order and omit zero counts. {@link #toString()} is a
 * readable table. Immutable.
 *
 * @param documents          how many documents
 * @param annotationsPerKind {@code Entity}, {@code Segment}, {@code Mention}, {@code Quote}, {@code Cue},
 *                           {@code Attribution}, {@code Claim}, {@code GenericSpan}, {@code GenericRelation}
 * @param segmentsPerType    segments by type
 * @param mentionsPerType    mentions by type
 * @param quotesPerType      quotes by type
 * @param quotesPerSpeaker   content quotes by the canonical name of their attribution's source entity
 * @param claimsPerClaimant  claims by the canonical name of their claimant
 * @param claimsPerType      claims by type
 * @param checkworthyClaims  how many claims are check-worthy
 */
public record CorpusStatistics(int documents, Map<String, Integer> annotationsPerKind,
                               Map<SegmentType, Integer> segmentsPerType, Map<MentionType, Integer> mentionsPerType,
                               Map<QuoteType, Integer> quotesPerType, Map<String, Integer> quotesPerSpeaker,
                               Map<String, Integer> claimsPerClaimant, Map<ClaimType, Integer> claimsPerType,
                               int checkworthyClaims) {
    /** The speaker of a quote whose attribution has no source. */
    public static final String NO_SOURCE = "(no source)";
    /** The name of a missing or unknown entity. */
    public static final String UNRESOLVED = "(unresolved)";

    private static final List<String> KINDS = List.of("Entity", "Segment", "Mention", "Quote", "Cue", "Attribution",
            "Claim", "GenericSpan", "GenericRelation");

    public CorpusStatistics {
        annotationsPerKind = copy(annotationsPerKind);
        segmentsPerType = copy(segmentsPerType);
        mentionsPerType = copy(mentionsPerType);
        quotesPerType = copy(quotesPerType);
        quotesPerSpeaker = copy(quotesPerSpeaker);
        claimsPerClaimant = copy(claimsPerClaimant);
        claimsPerType = copy(claimsPerType);
    }

    private static <K> Map<K, Integer> copy(Map<K, Integer> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The statistics of {@code documents}. */
    public static CorpusStatistics of(Collection<Document> documents) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        KINDS.forEach(kind -> kinds.put(kind, 0));
        Map<SegmentType, Integer> segments = new EnumMap<>(SegmentType.class);
        Map<MentionType, Integer> mentions = new EnumMap<>(MentionType.class);
        Map<QuoteType, Integer> quotes = new EnumMap<>(QuoteType.class);
        Map<String, Integer> speakers = new LinkedHashMap<>();
        Map<String, Integer> claimants = new LinkedHashMap<>();
        Map<ClaimType, Integer> claimTypes = new EnumMap<>(ClaimType.class);
        int checkworthy = 0;
        for (Document document : documents) {
            kinds.merge("Entity", document.entities().size(), Integer::sum);
            for (Annotation annotation : document.annotations()) {
                kinds.merge(annotation.kind(), 1, Integer::sum);
            }
            document.segments().forEach(s -> segments.merge(s.segmentType(), 1, Integer::sum));
            document.mentions().forEach(m -> mentions.merge(m.mentionType(), 1, Integer::sum));
            document.quotes().forEach(q -> quotes.merge(q.quoteType(), 1, Integer::sum));
            for (Attribution attribution : document.attributions()) {
                String speaker = speaker(document, attribution);
                speakers.merge(speaker, attribution.contents().size(), Integer::sum);
            }
            for (Claim claim : document.claims()) {
                claimants.merge(name(document, claim.claimant()), 1, Integer::sum);
                claimTypes.merge(claim.claimType(), 1, Integer::sum);
                checkworthy += claim.checkworthy() ? 1 : 0;
            }
        }
        kinds.values().removeIf(n -> n == 0);
        return new CorpusStatistics(documents.size(), kinds, segments, mentions, quotes, byCount(speakers),
                byCount(claimants), claimTypes, checkworthy);
    }

    private static String speaker(Document document, Attribution attribution) {
        if (attribution.source() == null) {
            return NO_SOURCE;
        }
        return name(document, document.mention(attribution.source()).map(Mention::entity).orElse(null));
    }

    private static String name(Document document, EntityId entity) {
        if (entity == null) {
            return UNRESOLVED;
        }
        return document.entity(entity).map(e -> e.canonicalName()).orElse(UNRESOLVED);
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The statistics as a plain-text table: one section per map, one row per key, counts right-aligned. */
    public String table() {
        StatisticsTable table = new StatisticsTable();
        table.row("documents", documents);
        table.section("annotations per kind", annotationsPerKind);
        table.section("segments per type", segmentsPerType);
        table.section("mentions per type", mentionsPerType);
        table.section("quotes per type", quotesPerType);
        table.section("quotes per speaker", quotesPerSpeaker);
        table.section("claims per claimant", claimsPerClaimant);
        table.section("claims per type", claimsPerType);
        table.row("check-worthy claims", checkworthyClaims);
        return table.toString();
    }

    /** {@link #table()}. */
    @Override
    public String toString() {
        return table();
    }
}
