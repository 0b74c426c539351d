package org.standoff.corpus.uima;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatLayers;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.SpanClaim;
import org.standoff.corpus.exchange.UnitDetection;

/**
 * The feature structures of one CAS turned into flat spans and relations: document metadata,
 * DKPro tokens and sentences as segments, our {@code webanno.custom} domain layers, relation layers
 * ({@code Governor}/{@code Dependent}), slot features (arrays of {@code role}/{@code target} links)
 * and coreference chains ({@code first}/{@code next}: one entity per chain, one mention per link).
 */
final class CasStructures {
    private record Pending(String id, String layer, String label, SpanClaim claim, Map<String, String> attributes) {
    }

    private final String source;
    private final String text;
    private final CasTypes types;
    private final Map<Integer, JsonNode> structures;
    private final List<Diagnostic> diagnostics;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<Pending> spans = new ArrayList<>();
    private final List<FlatRelation> relations = new ArrayList<>();
    private final Set<Integer> chainLinks = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<Integer, String> ids = new LinkedHashMap<>();

    CasStructures(String source, String text, CasTypes types, Map<Integer, JsonNode> structures,
                  List<Diagnostic> diagnostics) {
        this.source = source;
        this.text = text;
        this.types = types;
        this.structures = structures;
        this.diagnostics = diagnostics;
        structures.values().forEach(fs -> {
            if (fs.has("@first")) {
                for (JsonNode link = structures.get(fs.get("@first").asInt()); link != null;
                     link = link.has("@next") ? structures.get(link.get("@next").asInt()) : null) {
                    chainLinks.add(link.path("%ID").asInt());
                }
            }
        });
    }

    /** The id of feature structure {@code fsId}: its {@code id} feature when unique, else {@code fs<ID>}. */
    private String id(int fsId) {
        return ids.computeIfAbsent(fsId, key -> {
            JsonNode fs = structures.get(key);
            String own = fs == null ? null : fs.path("id").asText(null);
            String chosen = own != null && !own.isBlank() && own.strip().equals(own) && !usedIds.contains(own) ? own : "fs" + key;
            usedIds.add(chosen);
            return chosen;
        });
    }

    void add(int fsId) {
        JsonNode fs = structures.get(fsId);
        if (fs == null) {
            return;
        }
        String type = fs.path("%TYPE").asText();
        String pointer = "/%FEATURE_STRUCTURES/" + fsId;
        if (types.isA(type, CasTypes.DOCUMENT_ANNOTATION) || type.endsWith(".DocumentMetaData")) {
            fs.properties().forEach(f -> {
                if (!f.getKey().startsWith("%") && !f.getKey().startsWith("@") && f.getValue().isTextual()) {
                    metadata.put(f.getKey().equals("documentTitle") ? "title" : f.getKey(), f.getValue().asText());
                }
            });
        } else if (fs.has("@first")) {
            chain(fsId, fs);
        } else if (type.equals(CasTypes.CUSTOM + "Attribution")) {
            relations.add(new FlatRelation(id(fsId), FlatLayers.ATTRIBUTION, FlatLayers.ATTRIBUTION_LABEL,
                    links(fs.path("@links").asInt()), Map.of(), null));
        } else if (fs.has("@Governor") && fs.has("@Dependent")) {
            relations.add(new FlatRelation(id(fsId), CasTypes.layerName(type), fs.path("label").asText(CasTypes.shortName(type)),
                    List.of(new FlatRelation.Arg("Governor", id(fs.get("@Governor").asInt())),
                            new FlatRelation.Arg("Dependent", id(fs.get("@Dependent").asInt()))), withoutLabel(primitives(fs)), null));
        } else if (fs.has("begin") && fs.has("end") && !chainLinks.contains(fsId)) {
            span(fsId, fs, type, pointer);
        }
    }

    private void span(int fsId, JsonNode fs, String type, String pointer) {
        String layer = layer(type);
        String label = fs.path("label").asText(fs.path("value").asText(CasTypes.shortName(type)));
        if (layer.equals(FlatLayers.SEGMENT) && !type.startsWith(CasTypes.CUSTOM)) {
            label = CasTypes.shortName(type).toUpperCase(java.util.Locale.ROOT);
        }
        Map<String, String> attributes = primitives(fs);
        attributes.remove("label");
        spans.add(new Pending(id(fsId), layer, label, SpanClaim.of(id(fsId), fs.get("begin").asInt(), fs.get("end").asInt(),
                null, JsonInput.at(source, pointer)), attributes));
        fs.properties().forEach(f -> {
            JsonNode target = f.getKey().startsWith("@") ? structures.get(f.getValue().asInt()) : null;
            if (target != null && target.has("%ELEMENTS") && !f.getKey().equals("@sofa")) {
                List<FlatRelation.Arg> args = new ArrayList<>(List.of(new FlatRelation.Arg("host", id(fsId))));
                args.addAll(links(f.getValue().asInt()));
                String feature = f.getKey().substring(1);
                relations.add(new FlatRelation(id(fsId) + "." + feature, layer + "." + feature, feature, args, Map.of(), null));
            }
        });
    }

    private String layer(String type) {
        String shortName = CasTypes.shortName(type);
        if (type.startsWith(CasTypes.CUSTOM) && FlatLayers.isDomainSpanLayer(shortName.toLowerCase(java.util.Locale.ROOT))) {
            return shortName.toLowerCase(java.util.Locale.ROOT);
        }
        boolean segmentation = type.contains(".segmentation.type.")
                && List.of("Token", "Sentence", "Paragraph").contains(shortName);
        return segmentation ? FlatLayers.SEGMENT : CasTypes.layerName(type);
    }

    /** The slot links of an array feature structure: one argument per element, {@code role} → {@code @target}. */
    private List<FlatRelation.Arg> links(int arrayId) {
        List<FlatRelation.Arg> args = new ArrayList<>();
        JsonNode array = structures.get(arrayId);
        if (array == null) {
            return args;
        }
        for (JsonNode element : array.path("%ELEMENTS")) {
            JsonNode link = structures.get(element.asInt());
            if (link != null && link.has("@target")) {
                args.add(new FlatRelation.Arg(link.path("role").asText(""), id(link.get("@target").asInt())));
            }
        }
        return args;
    }

    /** A chain: one entity, each link a mention naming it (type from {@code referenceType} when it names one). */
    private void chain(int fsId, JsonNode chain) {
        String entity = id(fsId);
        for (JsonNode link = structures.get(chain.get("@first").asInt()); link != null;
             link = link.has("@next") ? structures.get(link.get("@next").asInt()) : null) {
            int linkId = link.path("%ID").asInt();
            SpanClaim claim = SpanClaim.of(id(linkId), link.path("begin").asInt(), link.path("end").asInt(), null,
                    JsonInput.at(source, "/%FEATURE_STRUCTURES/" + linkId));
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("entity", entity);
            attributes.put("entityName", entity);
            attributes.put("entityType", "OTHER");
            spans.add(new Pending(id(linkId), FlatLayers.MENTION, mentionType(link.path("referenceType").asText("")), claim,
                    attributes));
        }
    }

    private static String mentionType(String referenceType) {
        String upper = referenceType.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("PRO")) {
            return "PRONOUN";
        }
        return upper.startsWith("NOM") ? "NOMINAL" : upper.startsWith("LIST") ? "LIST" : "NAME";
    }

    private static Map<String, String> withoutLabel(Map<String, String> attributes) {
        attributes.remove("label");
        return attributes;
    }

    private static Map<String, String> primitives(JsonNode fs) {
        Map<String, String> out = new LinkedHashMap<>();
        fs.properties().forEach(f -> {
            String key = f.getKey();
            boolean reserved = key.startsWith("%") || key.startsWith("@") || key.equals("begin") || key.equals("end")
                    || key.equals("id") || key.equals("sofa");
            if (!reserved && f.getValue().isValueNode() && !f.getValue().isNull()) {
                out.put(key, f.getValue().asText());
            }
        });
        return out;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    /**
     * The document of the CAS as a flat form, its spans read in {@code unit} (the header's, the
     * caller's or UTF-16): a span whose offsets are no positions of the text is reported and left out.
     */
    FlatDocument toFlat(String documentId, OffsetUnit unit, ImportOptions options) {
        UnitDetection.Result read = UnitDetection.detect(UnitDetection.Request.of(source, text,
                spans.stream().map(Pending::claim).toList(), OffsetReading.of(unit)).withOptions(options).withStated(unit));
        diagnostics.addAll(read.diagnostics());
        List<FlatSpan> flat = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Pending p = spans.get(i);
            if (read.extents().get(i) != null) {
                flat.add(new FlatSpan(p.id(), p.layer(), p.label(), read.extents().get(i).bounds(), p.attributes(), null));
            }
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.remove("documentId");
        return new FlatDocument(documentId, text, meta, flat, relations, List.of());
    }
}
