package org.standoff.corpus.doccano;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Quote;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.DomainLabels;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.Losses;

/**
 * Writes doccano JSONL. Every span annotation becomes one labelled span: a generic span its label,
 * a domain span its brat-style type ({@code Mention-NAME}, {@code Quote-DIRECT}, {@code Cue},
 * {@code Claim-EVENT}, {@code Segment-SENTENCE}). Binary generic relations become relations; an
 * attribution becomes, per content quote, a {@code Source} relation (quote → source mention) and a
 * {@code Cue} relation (quote → cue). Offsets in UTF-16 units, or the unit the options name.
 * Everything else is an {@code export.loss} warning (docs/formats/doccano.md).
 */
final class DoccanoWriter {

    private DoccanoWriter() {
    }

    static ExportResult write(List<Document> documents, ExportOptions options) {
        OffsetUnit unit = options.offsetUnit() == null ? OffsetUnit.UTF16 : options.offsetUnit();
        boolean relations = documents.stream().anyMatch(d -> !d.attributions().isEmpty()
                || d.genericRelations().stream().anyMatch(r -> r.arguments().size() == 2));
        List<Diagnostic> losses = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (Document document : documents) {
            out.append(line(document, unit, relations, losses)).append('\n');
        }
        return new ExportResult(List.of(new ExportResult.OutputFile("documents.jsonl", out.toString())), losses);
    }

    private static String line(Document doc, OffsetUnit unit, boolean relationShape, List<Diagnostic> losses) {
        OffsetIndex index = OffsetIndex.of(doc.text());
        ObjectNode root = JsonInput.MAPPER.createObjectNode();
        root.put("id", doc.id());
        root.put("text", doc.text());
        ArrayNode spans = root.putArray(relationShape ? "entities" : "label");
        Map<String, Integer> numbers = numbers(doc, losses);
        for (SpanAnnotation a : doc.spanAnnotations()) {
            int number = numbers.get(a.id().value());
            int start = index.fromUtf16(a.span().start(), unit);
            int end = index.fromUtf16(a.span().end(), unit);
            if (relationShape) {
                spans.addObject().put("id", number).put("label", label(a)).put("start_offset", start).put("end_offset", end);
            } else {
                spans.addArray().add(start).add(end).add(label(a));
            }
            spanLosses(doc, a, losses);
        }
        if (relationShape) {
            relations(doc, root.putArray("relations"), numbers, losses);
        } else {
            doc.attributions().forEach(a -> loss(losses, a.id().value(), "attribution: the sequence-labeling shape has no relations"));
            doc.genericRelations().forEach(r -> loss(losses, r.id().value(), "relation: the sequence-labeling shape has no relations"));
        }
        doc.metadata().forEach((key, value) -> {
            if (!root.has(key)) {
                root.put(key, value);
            }
        });
        doc.entities().forEach(e -> loss(losses, e.id().value(), "entity " + e.canonicalName()
                + ": doccano has no document-level objects (its mentions keep only their label)"));
        return root.toString();
    }

    /**
     * The doccano number of each span: the number of an id doccano's reader gave ({@code span-N}), so
     * that a doccano file comes back with its own ids; every other span the next free number, with
     * one {@code export.renumbered} warning per document naming how many ids were not kept.
     */
    private static Map<String, Integer> numbers(Document doc, List<Diagnostic> losses) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (SpanAnnotation a : doc.spanAnnotations()) {
            java.util.regex.Matcher own = DOCCANO_ID.matcher(a.id().value());
            if (own.matches() && own.group(1).length() < 10 && taken.add(Integer.parseInt(own.group(1)))) {
                numbers.put(a.id().value(), Integer.parseInt(own.group(1)));
            }
        }
        int next = taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int renumbered = 0;
        for (SpanAnnotation a : doc.spanAnnotations()) {
            if (!numbers.containsKey(a.id().value())) {
                numbers.put(a.id().value(), next++);
                renumbered++;
            }
        }
        if (renumbered > 0) {
            losses.add(Diagnostic.warning(Losses.RENUMBERED, null, "document " + doc.id() + ": " + renumbered + " span id(s)"
                    + " written as doccano numbers (e.g. " + doc.spanAnnotations().stream().map(a -> a.id().value())
                    .filter(id -> !DOCCANO_ID.matcher(id).matches()).findFirst().orElse("?") + "); they come back as span-N"));
        }
        return numbers;
    }

    private static void relations(Document doc, ArrayNode out, Map<String, Integer> numbers, List<Diagnostic> losses) {
        int id = doc.genericRelations().stream().map(r -> RELATION_ID.matcher(r.id().value()))
                .filter(m -> m.matches() && m.group(1).length() < 10).mapToInt(m -> Integer.parseInt(m.group(1)))
                .max().orElse(0);
        for (Attribution a : doc.attributions()) {
            for (Attribution.Content content : a.contents()) {
                Integer quote = numbers.get(content.quote().value());
                if (quote != null && a.source() != null && numbers.containsKey(a.source().value())) {
                    relation(out, ++id, quote, numbers.get(a.source().value()), "Source");
                }
                if (quote != null && a.cue() != null && numbers.containsKey(a.cue().value())) {
                    relation(out, ++id, quote, numbers.get(a.cue().value()), "Cue");
                }
            }
            loss(losses, a.id().value(), "attribution: written as Source and Cue relations per quote; its grouping, link types,"
                    + " supplements and nesting are lost");
        }
        for (GenericRelation r : doc.genericRelations()) {
            Integer from = r.arguments().isEmpty() ? null : numbers.get(r.arguments().get(0).target().value());
            Integer to = r.arguments().size() < 2 ? null : numbers.get(r.arguments().get(1).target().value());
            if (r.arguments().size() != 2 || from == null || to == null) {
                loss(losses, r.id().value(), "relation: doccano relations are binary, between spans; not written");
                continue;
            }
            java.util.regex.Matcher own = RELATION_ID.matcher(r.id().value());
            relation(out, own.matches() && own.group(1).length() < 10 ? Integer.parseInt(own.group(1)) : ++id, from, to,
                    r.label());
            if (!r.attributes().isEmpty()) {
                loss(losses, r.id().value(), "relation attributes " + r.attributes().keySet() + " are lost");
            }
        }
    }

    private static void relation(ArrayNode out, int id, int from, int to, String type) {
        out.addObject().put("id", id).put("from_id", from).put("to_id", to).put("type", type);
    }

    /** A generic span's label; a domain span's {@link DomainLabels} label. */
    private static String label(SpanAnnotation a) {
        return a instanceof GenericSpan ? ((GenericSpan) a).label() : DomainLabels.of(a);
    }

    private static void spanLosses(Document doc, SpanAnnotation a, List<Diagnostic> losses) {
        String id = a.id().value();
        if (!a.extent().isContinuous()) {
            loss(losses, id, "discontinuous span " + a.extent() + " written as its bounds " + a.span());
        }
        if (a instanceof GenericSpan && !((GenericSpan) a).attributes().isEmpty()) {
            loss(losses, id, "attributes " + ((GenericSpan) a).attributes().keySet() + " are lost: a doccano span has one label");
        }
        if (a instanceof GenericSpan && !((GenericSpan) a).layer().equals(DoccanoFormat.SPAN_LAYER)) {
            loss(losses, id, "layer \"" + ((GenericSpan) a).layer() + "\" is lost: a doccano span has only a label");
        }
        if (a instanceof Claim) {
            loss(losses, id, "claim attributes (checkworthy, claimText, claimant, quote, attribution) are lost");
        }
        if (a instanceof Quote && (!((Quote) a).verbatim().isEmpty() || ((Quote) a).embeddedIn() != null)) {
            loss(losses, id, "quote's verbatim parts and embedding are lost");
        }
        if (a instanceof org.standoff.core.model.Cue && ((org.standoff.core.model.Cue) a).lemma() != null) {
            loss(losses, id, "cue lemma is lost");
        }
        if (a.provenance() != null) {
            loss(losses, id, "provenance " + a.provenance().value() + " is lost");
        }
    }

    /** An id doccano's reader gives an entity: {@code span-N}. */
    private static final java.util.regex.Pattern DOCCANO_ID = java.util.regex.Pattern.compile("span-([0-9]+)");
    /** An id doccano's reader gives a relation: {@code rel-N}. */
    private static final java.util.regex.Pattern RELATION_ID = java.util.regex.Pattern.compile("rel-([0-9]+)");

    private static void loss(List<Diagnostic> losses, String subject, String message) {
        losses.add(Diagnostic.warning(Losses.CODE, subject, message));
    }
}
