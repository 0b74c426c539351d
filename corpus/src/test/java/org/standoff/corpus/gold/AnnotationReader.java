package org.standoff.corpus.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;

/**
 * Reads the {@code entities} (with their mentions), {@code quotes} and {@code cues} sections of an
 * annotation source into a {@link DocumentBuilder}. A {@code note:} is kept as the unknown field
 * {@code note} of its entity or annotation, a group's {@code members:} as the unknown field
 * {@code members} (a list of entity ids); the model has neither.
 */
final class AnnotationReader {
    private static final Set<String> ENTITY_KEYS = Set.of("id", "name", "type", "wikidata", "metonymy", "members",
            "note", "mentions");
    private static final Set<String> MENTION_KEYS = Set.of("id", "text", "in", "nth", "type", "note");
    private static final Set<String> QUOTE_KEYS = Set.of("id", "type", "text", "in", "nth", "verbatim", "embeddedIn",
            "note");
    private static final Set<String> LOCATOR_KEYS = Set.of("text", "in", "nth");
    private static final Set<String> CUE_KEYS = Set.of("id", "text", "in", "nth", "lemma", "note");

    private final SourceContext context;
    private final DocumentBuilder builder;
    private final ProvenanceId provenance;

    AnnotationReader(SourceContext context, DocumentBuilder builder, ProvenanceId provenance) {
        this.context = context;
        this.builder = builder;
        this.provenance = provenance;
    }

    void readEntities(JsonNode root) {
        List<JsonNode> entries = context.list(root, "entities", "", null);
        for (int i = 0; i < entries.size(); i++) {
            readEntity(entries.get(i), "/entities/" + i);
        }
    }

    private void readEntity(JsonNode entry, String pointer) {
        String id = context.string(entry, "id", true, pointer, null);
        context.allowOnly(entry, ENTITY_KEYS, pointer, id);
        String name = context.string(entry, "name", true, pointer, id);
        EntityType type = context.enumValue(entry, "type", EntityType.class, true, pointer, id);
        String wikidata = context.string(entry, "wikidata", false, pointer, id);
        boolean metonymy = context.bool(entry, "metonymy", false, false, pointer, id);
        List<JsonNode> mentions = context.list(entry, "mentions", pointer, id);
        for (int i = 0; i < mentions.size(); i++) {
            readMention(mentions.get(i), pointer + "/mentions/" + i, id);
        }
        if (id == null || name == null || type == null) {
            return;
        }
        Map<String, String> kbIds = new LinkedHashMap<>();
        if (wikidata != null) {
            kbIds.put("wikidata", wikidata);
        }
        builder.entity(new Entity(EntityId.of(id), name, type, kbIds, metonymy, provenance));
        keepNote(entry, pointer, id);
        List<String> members = new ArrayList<>();
        for (JsonNode member : context.list(entry, "members", pointer, id)) {
            members.add(member.asText());
        }
        if (!members.isEmpty()) {
            builder.unknownField(id, "members", SourceContext.json(members));
        }
    }

    private void readMention(JsonNode entry, String pointer, String entityId) {
        String id = context.string(entry, "id", true, pointer, null);
        context.allowOnly(entry, MENTION_KEYS, pointer, id);
        MentionType type = context.enumValue(entry, "type", MentionType.class, true, pointer, id);
        Span span = context.span(entry, pointer, id);
        if (id == null || type == null || span == null || entityId == null) {
            return;
        }
        builder.add(new Mention(MentionId.of(id), extent(span), type, EntityId.of(entityId), provenance));
        keepNote(entry, pointer, id);
    }

    void readQuotes(JsonNode root) {
        List<JsonNode> entries = context.list(root, "quotes", "", null);
        for (int i = 0; i < entries.size(); i++) {
            readQuote(entries.get(i), "/quotes/" + i);
        }
    }

    private void readQuote(JsonNode entry, String pointer) {
        String id = context.string(entry, "id", true, pointer, null);
        context.allowOnly(entry, QUOTE_KEYS, pointer, id);
        QuoteType type = context.enumValue(entry, "type", QuoteType.class, true, pointer, id);
        Span span = context.span(entry, pointer, id);
        String embeddedIn = context.string(entry, "embeddedIn", false, pointer, id);
        List<Span> verbatim = new ArrayList<>();
        List<JsonNode> parts = context.list(entry, "verbatim", pointer, id);
        for (int i = 0; i < parts.size() && span != null; i++) {
            String partPointer = pointer + "/verbatim/" + i;
            context.allowOnly(parts.get(i), LOCATOR_KEYS, partPointer, id);
            Span part = context.span(parts.get(i), span, partPointer, id);
            if (part != null) {
                verbatim.add(part);
            }
        }
        if (type == QuoteType.MIXED && parts.isEmpty()) {
            context.error("gold.quote", pointer, id, "a MIXED quote needs at least one verbatim fragment (G6)");
        }
        if (type != QuoteType.MIXED && !parts.isEmpty()) {
            context.error("gold.quote", pointer, id, "only a MIXED quote has verbatim fragments (G6)");
        }
        if (id == null || type == null || span == null) {
            return;
        }
        verbatim.sort(Span.DOCUMENT_ORDER);
        builder.add(new Quote(QuoteId.of(id), extent(span), type, verbatim,
                embeddedIn == null ? null : QuoteId.of(embeddedIn), provenance));
        keepNote(entry, pointer, id);
    }

    void readCues(JsonNode root) {
        List<JsonNode> entries = context.list(root, "cues", "", null);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String pointer = "/cues/" + i;
            String id = context.string(entry, "id", true, pointer, null);
            context.allowOnly(entry, CUE_KEYS, pointer, id);
            String lemma = context.string(entry, "lemma", true, pointer, id);
            Span span = context.span(entry, pointer, id);
            if (id != null && span != null) {
                builder.add(new Cue(CueId.of(id), extent(span), lemma, provenance));
                keepNote(entry, pointer, id);
            }
        }
    }

    /** Keeps the entry's {@code note:} as the unknown field {@code note} of {@code owner}. */
    void keepNote(JsonNode entry, String pointer, String owner) {
        String note = context.string(entry, "note", false, pointer, owner);
        if (note != null) {
            builder.unknownField(owner, "note", SourceContext.jsonString(note));
        }
    }

    static Extent extent(Span span) {
        return new Extent(List.of(span));
    }
}
