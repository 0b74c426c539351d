package org.standoff.corpus.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.CueId;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.Span;

/**
 * Reads the {@code attributions} and {@code claims} sections of an annotation source into a
 * {@link DocumentBuilder}. An attribution without a source must say why in {@code noSource:}; the
 * reason is kept as the attribution's unknown field {@code noSource} (a JSON string).
 */
final class RelationReader {
    /** The unknown field that says why an attribution has no source (G10). */
    static final String NO_SOURCE = "noSource";

    private static final Set<String> ATTRIBUTION_KEYS = Set.of("id", "source", NO_SOURCE, "cue", "contents",
            "supplements", "nestedIn", "note");
    private static final Set<String> CONTENT_KEYS = Set.of("quote", "link");
    private static final Set<String> SUPPLEMENT_KEYS = Set.of("role", "text", "in", "nth");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "text", "in", "nth", "type", "checkworthy", "claimant",
            "attribution", "quote", "claimText", "note");

    private final SourceContext context;
    private final DocumentBuilder builder;
    private final ProvenanceId provenance;
    private final AnnotationReader notes;

    RelationReader(SourceContext context, DocumentBuilder builder, ProvenanceId provenance, AnnotationReader notes) {
        this.context = context;
        this.builder = builder;
        this.provenance = provenance;
        this.notes = notes;
    }

    void readAttributions(JsonNode root) {
        List<JsonNode> entries = context.list(root, "attributions", "", null);
        for (int i = 0; i < entries.size(); i++) {
            readAttribution(entries.get(i), "/attributions/" + i);
        }
    }

    private void readAttribution(JsonNode entry, String pointer) {
        String id = context.string(entry, "id", true, pointer, null);
        context.allowOnly(entry, ATTRIBUTION_KEYS, pointer, id);
        String source = context.string(entry, "source", false, pointer, id);
        String noSource = context.string(entry, NO_SOURCE, false, pointer, id);
        if ((source == null) == (noSource == null || noSource.isBlank())) {
            context.error("gold.attribution", pointer, id, "give either source: (a mention id) or noSource: "
                    + "(the reason there is none), not both and not neither (G10)");
        }
        String cue = context.string(entry, "cue", false, pointer, id);
        String nestedIn = context.string(entry, "nestedIn", false, pointer, id);
        List<Attribution.Content> contents = contents(entry, pointer, id);
        List<Supplement> supplements = supplements(entry, pointer, id);
        if (id == null) {
            return;
        }
        builder.add(new Attribution(AttributionId.of(id), source == null ? null : MentionId.of(source),
                cue == null ? null : CueId.of(cue), contents, supplements,
                nestedIn == null ? null : AttributionId.of(nestedIn), provenance));
        if (noSource != null) {
            builder.unknownField(id, NO_SOURCE, SourceContext.jsonString(noSource));
        }
        notes.keepNote(entry, pointer, id);
    }

    private List<Attribution.Content> contents(JsonNode entry, String pointer, String id) {
        List<Attribution.Content> contents = new ArrayList<>();
        List<JsonNode> entries = context.list(entry, "contents", pointer, id);
        for (int i = 0; i < entries.size(); i++) {
            String contentPointer = pointer + "/contents/" + i;
            context.allowOnly(entries.get(i), CONTENT_KEYS, contentPointer, id);
            String quote = context.string(entries.get(i), "quote", true, contentPointer, id);
            ContentLink link = context.enumValue(entries.get(i), "link", ContentLink.class, true, contentPointer, id);
            if (quote != null && link != null) {
                contents.add(new Attribution.Content(QuoteId.of(quote), link));
            }
        }
        if (entries.isEmpty()) {
            context.error("gold.attribution", pointer, id, "an attribution needs at least one content");
        }
        return contents;
    }

    private List<Supplement> supplements(JsonNode entry, String pointer, String id) {
        List<Supplement> supplements = new ArrayList<>();
        List<JsonNode> entries = context.list(entry, "supplements", pointer, id);
        for (int i = 0; i < entries.size(); i++) {
            String supplementPointer = pointer + "/supplements/" + i;
            context.allowOnly(entries.get(i), SUPPLEMENT_KEYS, supplementPointer, id);
            SupplementRole role = context.enumValue(entries.get(i), "role", SupplementRole.class, true,
                    supplementPointer, id);
            Span span = context.span(entries.get(i), supplementPointer, id);
            if (role != null && span != null) {
                supplements.add(new Supplement(role, span));
            }
        }
        return supplements;
    }

    void readClaims(JsonNode root) {
        List<JsonNode> entries = context.list(root, "claims", "", null);
        for (int i = 0; i < entries.size(); i++) {
            readClaim(entries.get(i), "/claims/" + i);
        }
    }

    private void readClaim(JsonNode entry, String pointer) {
        String id = context.string(entry, "id", true, pointer, null);
        context.allowOnly(entry, CLAIM_KEYS, pointer, id);
        ClaimType type = context.enumValue(entry, "type", ClaimType.class, true, pointer, id);
        boolean checkworthy = context.bool(entry, "checkworthy", true, false, pointer, id);
        String claimant = context.string(entry, "claimant", true, pointer, id);
        String attribution = context.string(entry, "attribution", false, pointer, id);
        String quote = context.string(entry, "quote", false, pointer, id);
        String claimText = context.string(entry, "claimText", true, pointer, id);
        Span span = context.span(entry, pointer, id);
        if (id == null || type == null || span == null) {
            return;
        }
        builder.add(new Claim(ClaimId.of(id), AnnotationReader.extent(span), type, checkworthy, claimText,
                claimant == null ? null : EntityId.of(claimant),
                attribution == null ? null : AttributionId.of(attribution),
                quote == null ? null : QuoteId.of(quote), provenance));
        notes.keepNote(entry, pointer, id);
    }
}
