package org.standoff.corpus.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.validation.CoveredText;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.SpanClaim;
import org.standoff.corpus.exchange.UnitDetection;

/**
 * The annotations of one W3C file being read: each becomes a span (its text selectors), a link
 * (its targets are other annotations of the file) or a diagnostic saying why it cannot be anchored.
 * Bodies give the label (a {@code tagging}/{@code classifying} TextualBody, else the motivation) and
 * attributes; {@code creator}/{@code generator}/{@code created} give provenance.
 */
final class W3cAnnotations {
    private record Pending(W3cAnchoring.Selectors selectors, String layer, String label, Map<String, String> attributes,
                           String provenance, String page) {
    }

    /**
     * The fields of an annotation that the reader turns into the document's own: its identity, its
     * bodies (label and attributes), its target (the span), its agents (provenance) and the page
     * ({@code uri}); every other field is kept as a {@value W3cFormat#KEPT}NAME attribute, the agents
 * too ({@code creator} with its {@code id} and {@code nickname}, {@code generator} with its
 * {@code homepage}), which the provenance record holds only in part.
     */
    private static final java.util.Set<String> READ = java.util.Set.of("id", "@id", "type", "@type", "@context", "body",
            "bodyValue", "target", "text", "uri");

    private record Link(String id, JsonNode node, String pointer, String provenance) {
    }

    private final String source;
    private final String text;
    private final String idPrefix;
    private final List<Diagnostic> diagnostics;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Provenance> provenance = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    W3cAnnotations(String source, String text, String idPrefix, List<Diagnostic> diagnostics) {
        this.source = source;
        this.text = text;
        this.idPrefix = idPrefix;
        this.diagnostics = diagnostics;
    }

    void add(String pointer, JsonNode node) {
        String generated = "anno" + pointer.replace('/', '-');
        String id = localId(node.path("id").asText(node.path("@id").asText(generated)));
        if (id.isEmpty() || !id.strip().equals(id)) {
            diagnostics.add(JsonInput.warning("w3c.id", generated, source, pointer + "/id", "the annotation's id "
                    + CoveredText.quoted(id) + " cannot be an id (empty, or white space around it): imported as " + generated));
            id = generated;
        }
        String prov = provenance(node);
        List<JsonNode> targets = JsonInput.list(node.get("target"));
        if (!targets.isEmpty() && targets.stream().allMatch(JsonNode::isTextual) && targets.size() > 1
                || node.path("motivation").asText().equals("linking")) {
            links.add(new Link(id, node, pointer, prov));
            return;
        }
        for (int t = 0; t < targets.size(); t++) {
            W3cAnchoring.Selectors selectors = selectors(id, targets.get(t), pointer + "/target"
                    + (node.get("target").isArray() ? "/" + t : ""));
            if (selectors != null) {
                W3cBodies bodies = new W3cBodies(node, id, source, pointer, diagnostics);
                String layer = node.path("standoff:layer").asText("w3c");
                Map<String, String> attributes = new LinkedHashMap<>(bodies.attributes());
                attributes.putAll(kept(node, W3cWriter.SPAN_MOTIVATION));
                JsonNode rest = targetRest(targets.get(t));
                if (rest != null) {
                    attributes.put(W3cFormat.KEPT + "target", JsonInput.keep(rest));
                }
                String page = targets.get(t).path("source").isTextual() ? targets.get(t).get("source").asText()
                        : node.path("uri").asText(null);
                title(node);
                pending.add(new Pending(selectors, layer, bodies.label(), attributes, prov, page));
                if (targets.size() > 1) {
                    diagnostics.add(JsonInput.warning("w3c.targets", id, source, pointer + "/target", targets.size()
                            + " targets: the first with a text selector is imported"));
                }
                return;
            }
        }
        diagnostics.add(JsonInput.warning("w3c.unanchored", id, source, pointer + "/target", "no TextQuoteSelector or"
                + " TextPositionSelector on the target" + unsupported(targets) + ": not imported"));
    }

    /**
     * The annotation's fields that nothing else reads, as {@value W3cFormat#KEPT}NAME attributes of
     * their JSON: Hypothesis's {@code group}, {@code permissions}, {@code tags}, {@code updated},
     * {@code document}, {@code user}, W3C's {@code generated}, {@code stylesheet}, .... Also kept: a
     * {@code created} the writer would not write from the provenance, and a {@code motivation} other
     * than the writer's ({@code null} when there is none). Our own exports list in {@code standoff:kept}
     * the fields they gave back, which are kept again.
     */
    private static Map<String, String> kept(JsonNode node, String writersMotivation) {
        Map<String, String> kept = new LinkedHashMap<>();
        boolean ours = node.has("standoff:provenance");
        java.util.Set<String> restored = new java.util.HashSet<>();
        JsonInput.list(node.get("standoff:kept")).forEach(name -> restored.add(name.asText()));
        node.properties().forEach(field -> {
            String name = field.getKey();
            boolean regenerated = !restored.contains(name) && (name.equals("motivation")
                    || ours && (name.equals("created") || name.equals("creator")));
            if (!READ.contains(name) && !name.startsWith("standoff:") && !regenerated) {
                kept.put(W3cFormat.KEPT + name, JsonInput.keep(field.getValue()));
            }
        });
        JsonNode motivation = node.path("motivation");
        if (!motivation.asText("").equals(writersMotivation)) {
            kept.put(W3cFormat.KEPT + "motivation", JsonInput.keep(motivation.isMissingNode()
                    ? JsonInput.MAPPER.nullNode() : motivation));
        }
        return kept;
    }

    /**
     * What a target holds besides its page ({@code source}) and the text selectors the span comes from:
     * other selectors (Hypothesis's XPath {@code RangeSelector}), states, styles; or null when nothing.
     */
    private static JsonNode targetRest(JsonNode target) {
        if (!target.isObject()) {
            return null;
        }
        com.fasterxml.jackson.databind.node.ObjectNode rest = target.deepCopy();
        rest.remove("source");
        if (rest.path("type").asText().equals("SpecificResource")) {
            rest.remove("type");
        }
        com.fasterxml.jackson.databind.node.ArrayNode others = JsonInput.MAPPER.createArrayNode();
        for (JsonNode selector : JsonInput.list(target.get("selector"))) {
            String type = W3cReader.type(selector);
            if (!type.equals("TextQuoteSelector") && !type.equals("TextPositionSelector")) {
                others.add(selector);
            }
        }
        rest.remove("selector");
        if (!others.isEmpty()) {
            rest.set("selector", others);
        }
        return rest.isEmpty() ? null : rest;
    }

    /** Hypothesis's {@code document.title} (a list, or a string) as the document's title metadata. */
    private void title(JsonNode node) {
        JsonNode title = node.path("document").path("title");
        JsonNode first = title.isArray() ? title.path(0) : title;
        if (first.isTextual() && !metadata.containsKey("title")) {
            metadata.put("title", first.asText());
        }
    }

    private String localId(String iri) {
        return !idPrefix.isEmpty() && iri.startsWith(idPrefix) ? iri.substring(idPrefix.length()) : iri;
    }

    private static String unsupported(List<JsonNode> targets) {
        List<String> types = new ArrayList<>();
        for (JsonNode target : targets) {
            for (JsonNode selector : JsonInput.list(target.get("selector"))) {
                String type = W3cReader.type(selector);
                JsonNode refined = selector.path("refinedBy");
                types.add(refined.isMissingNode() ? type : type + " refined by " + W3cReader.type(refined));
            }
            if (target.isTextual()) {
                types.add("the whole resource " + target.asText());
            }
        }
        return types.isEmpty() ? "" : " (" + String.join(", ", types) + " cannot be resolved against a plain text)";
    }

    /** The text selectors of one target, or null when it has none. */
    private W3cAnchoring.Selectors selectors(String id, JsonNode target, String pointer) {
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode selector : JsonInput.list(target.get("selector"))) {
            String type = W3cReader.type(selector);
            quote = type.equals("TextQuoteSelector") ? selector : quote;
            position = type.equals("TextPositionSelector") ? selector : position;
        }
        if (quote == null && position == null) {
            return null;
        }
        SpanClaim claim = position == null ? null : SpanClaim.of(id, position.path("start").asInt(),
                position.path("end").asInt(), quote == null ? null : quote.path("exact").asText(null),
                JsonInput.at(source, pointer));
        return new W3cAnchoring.Selectors(id, quote == null ? null : quote.path("exact").asText(null),
                quote == null ? null : quote.path("prefix").asText(null),
                quote == null ? null : quote.path("suffix").asText(null), claim, source, pointer);
    }

    private String provenance(JsonNode node) {
        JsonNode creator = node.has("creator") ? node.get("creator") : node.get("generator");
        if (creator == null && !node.has("standoff:provenance") && !node.has("user")) {
            return null;
        }
        JsonNode agentNode = creator == null ? node.path("user") : JsonInput.list(creator).get(0);
        String agent = agentNode.isTextual() ? agentNode.asText()
                : agentNode.path("name").asText(agentNode.path("nickname").asText(agentNode.path("id").asText("unknown")));
        boolean software = !node.has("creator") && node.has("generator") || W3cReader.type(agentNode).equals("Software");
        Instant time = time(node.path("created").asText(null));
        Double confidence = node.path("standoff:confidence").isNumber() ? node.get("standoff:confidence").asDouble() : null;
        String id = node.path("standoff:provenance").asText("w3c-" + agent + "-" + time);
        provenance.putIfAbsent(id, new Provenance(ProvenanceId.of(id), agent,
                software ? AgentType.SOFTWARE : AgentType.HUMAN, time, confidence));
        return id;
    }

    private static Instant time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The position selectors, as the file gives them, in annotation order. */
    List<SpanClaim> positions() {
        return pending.stream().map(p -> p.selectors().position()).filter(p -> p != null).toList();
    }

    /**
     * The spans, anchored in {@code unit}. The page the annotations target ({@code target.source}, or
     * Hypothesis's {@code uri}) becomes the document's {@code source} metadata when they all target
     * the same one; otherwise each keeps its own as a {@value W3cFormat#KEPT}source attribute. Our own
     * exports' {@code urn:standoff:} pages are not kept: the writer makes them again.
     *
     * @param positions where {@link #positions()} lie in the file's reading
     */
    List<FlatSpan> spans(UnitDetection.Result positions) {
        java.util.Set<String> pages = new java.util.LinkedHashSet<>();
        pending.forEach(p -> pages.add(java.util.Objects.toString(p.page())));
        String shared = pages.size() == 1 ? pending.get(0).page() : null;
        if (shared != null && !shared.startsWith(W3cWriter.BASE)) {
            metadata.put("source", shared);
        }
        List<FlatSpan> spans = new ArrayList<>();
        int k = 0;
        for (Pending p : pending) {
            Map<String, String> attributes = new LinkedHashMap<>(p.attributes());
            if (pages.size() > 1 && p.page() != null && !p.page().startsWith(W3cWriter.BASE)) {
                attributes.put(W3cFormat.KEPT + "source", p.page());
            }
            Extent position = null;
            List<Diagnostic> findings = List.of();
            if (p.selectors().position() != null) {
                position = positions.extents().get(k);
                findings = positions.spanDiagnostics().get(k++);
            }
            W3cAnchoring.anchor(p.selectors(), text, positions.reading(), position, findings, diagnostics).ifPresent(
                    span -> spans.add(new FlatSpan(p.selectors().id(), p.layer(), p.label(), span, attributes, p.provenance())));
        }
        return spans;
    }

    /** The document metadata the annotations carry: {@code source} (after {@link #spans}) and {@code title}. */
    Map<String, String> metadata() {
        return metadata;
    }

    /** The links whose targets are annotations of this file; roles from {@code standoff:roles}, else {@code target}. */
    List<FlatRelation> relations() {
        List<FlatRelation> out = new ArrayList<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        pending.forEach(p -> known.add(p.selectors().id()));
        links.forEach(l -> known.add(l.id()));
        for (Link link : links) {
            List<JsonNode> targets = JsonInput.list(link.node().get("target"));
            List<JsonNode> roles = JsonInput.list(link.node().get("standoff:roles"));
            List<FlatRelation.Arg> args = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                String target = localId(targets.get(i).isTextual() ? targets.get(i).asText() : targets.get(i).path("id").asText());
                args.add(new FlatRelation.Arg(i < roles.size() ? roles.get(i).asText() : "target", target));
            }
            List<String> unknown = args.stream().map(FlatRelation.Arg::target).filter(t -> !known.contains(t)).toList();
            if (!unknown.isEmpty()) {
                diagnostics.add(JsonInput.warning("w3c.unanchored", link.id(), source, link.pointer() + "/target",
                        "targets " + unknown + ", which are not annotations of this file and not text selectors:"
                        + " not imported"));
                continue;
            }
            W3cBodies bodies = new W3cBodies(link.node(), link.id(), source, link.pointer(), diagnostics);
            Map<String, String> attributes = new LinkedHashMap<>(bodies.attributes());
            attributes.putAll(kept(link.node(), W3cWriter.LINK_MOTIVATION));
            out.add(new FlatRelation(link.id(), link.node().path("standoff:layer").asText("link"), bodies.label(), args,
                    attributes, link.provenance()));
        }
        return out;
    }

    List<Provenance> provenance() {
        return new ArrayList<>(provenance.values());
    }
}
