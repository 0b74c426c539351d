package org.standoff.corpus.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.CoveredText;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.interop.internal.FlatRelation;
import org.standoff.corpus.interop.internal.FlatSpan;
import org.standoff.corpus.interop.internal.JsonInput;
import org.standoff.corpus.interop.internal.RawSpan;

/**
 * The annotations of one W3C file being read: each becomes a span (its text selectors), a link
 * (its targets are other annotations of the file) or a diagnostic saying why it cannot be anchored.
 * Bodies give the label (a {@code tagging}/{@code classifying} TextualBody, else the motivation) and
 * attributes; {@code creator}/{@code generator}/{@code created} give provenance.
 */
final class W3cAnnotations {
    private record Pending(W3cAnchoring.Selectors selectors, String layer, String label, Map<String, String> attributes,
                           String provenance) {
    }

    private record Link(String id, JsonNode node, String pointer, String provenance) {
    }

    private final String source;
    private final String text;
    private final OffsetIndex index;
    private final String idPrefix;
    private final List<Diagnostic> diagnostics;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Provenance> provenance = new LinkedHashMap<>();

    W3cAnnotations(String source, String text, OffsetIndex index, String idPrefix, List<Diagnostic> diagnostics) {
        this.source = source;
        this.text = text;
        this.index = index;
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
                pending.add(new Pending(selectors, layer, bodies.label(), bodies.attributes(), prov));
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
        RawSpan raw = position == null ? null : new RawSpan(id, position.path("start").asInt(), position.path("end").asInt(),
                quote == null ? null : quote.path("exact").asText(null), text, index, JsonInput.at(source, pointer));
        return new W3cAnchoring.Selectors(id, quote == null ? null : quote.path("exact").asText(null),
                quote == null ? null : quote.path("prefix").asText(null),
                quote == null ? null : quote.path("suffix").asText(null), raw, source, pointer);
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

    List<RawSpan> positions() {
        return pending.stream().map(p -> p.selectors().position()).filter(p -> p != null).toList();
    }

    List<FlatSpan> spans(OffsetUnit unit) {
        List<FlatSpan> spans = new ArrayList<>();
        for (Pending p : pending) {
            W3cAnchoring.anchor(p.selectors(), text, unit, diagnostics).ifPresent(span -> spans.add(
                    new FlatSpan(p.selectors().id(), p.layer(), p.label(), span, p.attributes(), p.provenance())));
        }
        return spans;
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
            out.add(new FlatRelation(link.id(), link.node().path("standoff:layer").asText("link"), bodies.label(), args,
                    bodies.attributes(), link.provenance()));
        }
        return out;
    }

    List<Provenance> provenance() {
        return new ArrayList<>(provenance.values());
    }
}
