package org.standoff.corpus.uima;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.standoff.corpus.exchange.FlatLayers;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.Losses;

/** Collects the types an export uses, with their features, and writes them as {@code %TYPES}. */
final class CasTypeSystemWriter {
    static final String DKPRO_SEGMENTATION = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.";
    static final String METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    static final String STRING = "uima.cas.String";
    /** The range prefix of an FSArray feature with an element type: written as %RANGE FSArray + %ELEMENT_TYPE. */
    static final String ARRAY_OF = "uima.cas.FSArray:";

    private record Type(String superType, Map<String, String> features) {
    }

    private final Losses losses;
    private final Map<String, Type> types = new LinkedHashMap<>();

    CasTypeSystemWriter(Losses losses) {
        this.losses = losses;
        Type metadata = type(METADATA, CasTypes.DOCUMENT_ANNOTATION);
        for (String feature : new String[] {"documentTitle", "documentId", "documentUri", "collectionId", "documentBaseUri"}) {
            metadata.features().put(feature, STRING);
        }
        metadata.features().put("isLastSegment", "uima.cas.Boolean");
    }

    private Type type(String name, String superType) {
        return types.computeIfAbsent(name, n -> new Type(superType, new LinkedHashMap<>()));
    }

    /** The type of a span, declared with {@code id}, {@code label} and its attributes as string features. */
    String spanType(FlatSpan span) {
        if (span.layer().equals(FlatLayers.SEGMENT) && (span.label().equals("TOKEN") || span.label().equals("SENTENCE"))) {
            String name = DKPRO_SEGMENTATION + (span.label().equals("TOKEN") ? "Token" : "Sentence");
            type(name, CasTypes.ANNOTATION).features().put("id", STRING);
            return name;
        }
        String name = customType(span.id(), span.layer());
        if (CasTypes.isBuiltIn(name)) {
            if (!span.label().equals(CasTypes.shortName(name))) {
                losses.lost(span.id(), "the label \"" + span.label() + "\" of an annotation of the built-in type " + name
                        + ", which has no label feature");
            }
            span.attributes().keySet().forEach(attribute -> losses.lost(span.id(), "the attribute \"" + attribute
                    + "\" of an annotation of the built-in type " + name + ", which has no such feature"));
            return name;
        }
        Type type = type(name, CasTypes.ANNOTATION);
        type.features().put("id", STRING);
        type.features().put("label", STRING);
        span.attributes().keySet().forEach(attribute -> feature(span.id(), type, attribute));
        return name;
    }

    /**
     * {@code webanno.custom.<Layer>}: domain layers capitalized, generic layers as named when that is a
     * valid name; a layer named by a qualified type ({@code uima.tcas.Annotation}, a DKPro type) is
     * that type.
     */
    String customType(String subject, String layer) {
        if (CasTypes.isQualified(layer)) {
            return layer;
        }
        if (FlatLayers.isDomainSpanLayer(layer) || layer.equals(FlatLayers.ATTRIBUTION)) {
            return CasTypes.CUSTOM + layer.substring(0, 1).toUpperCase(Locale.ROOT) + layer.substring(1);
        }
        if (SourceVersion.isIdentifier(layer) && !SourceVersion.isKeyword(layer)) {
            return CasTypes.CUSTOM + layer;
        }
        String safe = "L" + layer.replaceAll("[^A-Za-z0-9_]", "_");
        losses.lost(subject, "the layer name \"" + layer + "\", not a UIMA type name: written as " + safe);
        return CasTypes.CUSTOM + safe;
    }

    /** Declares a string feature, or reports the attribute when its name cannot be a feature. */
    void feature(String subject, Type type, String attribute) {
        boolean reserved = attribute.equals("begin") || attribute.equals("end") || attribute.equals("sofa")
                || attribute.equals("id") || attribute.equals("label");
        if (!SourceVersion.isIdentifier(attribute) || SourceVersion.isKeyword(attribute) || reserved) {
            losses.lost(subject, "the attribute \"" + attribute + "\", not a usable UIMA feature name");
            return;
        }
        type.features().put(attribute, STRING);
    }

    /** Declares a string feature on a named type. */
    void feature(String subject, String typeName, String attribute) {
        feature(subject, types.get(typeName), attribute);
    }

    /** Declares a relation type: a relation layer with Governor and Dependent, or a link host with links. */
    void relationType(String name, boolean binary) {
        Type type = type(name, CasTypes.ANNOTATION);
        type.features().put("id", STRING);
        type.features().put("label", STRING);
        if (binary) {
            type.features().put("Governor", CasTypes.ANNOTATION);
            type.features().put("Dependent", CasTypes.ANNOTATION);
            return;
        }
        type.features().put("links", ARRAY_OF + name + "Link");
        Type link = type(name + "Link", CasTypes.TOP);
        link.features().put("role", STRING);
        link.features().put("target", CasTypes.ANNOTATION);
    }

    boolean hasFeature(String typeName, String feature) {
        Type type = types.get(typeName);
        return type != null && type.features().containsKey(feature);
    }

    void write(ObjectNode out) {
        types.forEach((name, type) -> {
            ObjectNode node = out.putObject(name);
            node.put("%NAME", name).put("%SUPER_TYPE", type.superType());
            type.features().forEach((feature, range) -> {
                ObjectNode f = node.putObject(feature).put("%NAME", feature);
                if (range.startsWith(ARRAY_OF)) {
                    f.put("%RANGE", "uima.cas.FSArray").put("%ELEMENT_TYPE", range.substring(ARRAY_OF.length()));
                } else {
                    f.put("%RANGE", range);
                }
            });
        });
    }
}
