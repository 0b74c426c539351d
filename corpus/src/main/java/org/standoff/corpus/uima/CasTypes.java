package org.standoff.corpus.uima;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The type system of a CAS JSON file ({@code %TYPES}): supertypes and feature ranges, with UIMA's built-ins. */
final class CasTypes {
    static final String ANNOTATION = "uima.tcas.Annotation";
    static final String DOCUMENT_ANNOTATION = "uima.tcas.DocumentAnnotation";
    static final String TOP = "uima.cas.TOP";
    static final String CUSTOM = "webanno.custom.";

    private final Map<String, String> supertypes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> ranges = new LinkedHashMap<>();

    CasTypes(JsonNode types) {
        supertypes.put(ANNOTATION, "uima.cas.AnnotationBase");
        supertypes.put("uima.cas.AnnotationBase", TOP);
        supertypes.put(DOCUMENT_ANNOTATION, ANNOTATION);
        types.properties().forEach(type -> {
            supertypes.put(type.getKey(), type.getValue().path("%SUPER_TYPE").asText(TOP));
            Map<String, String> features = new LinkedHashMap<>();
            type.getValue().properties().forEach(f -> {
                if (!f.getKey().startsWith("%")) {
                    features.put(f.getKey(), f.getValue().path("%RANGE").asText(""));
                }
            });
            ranges.put(type.getKey(), features);
        });
    }

    /** Whether {@code type} is {@code ancestor} or inherits from it. */
    boolean isA(String type, String ancestor) {
        for (String t = type; t != null; t = supertypes.get(t)) {
            if (t.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The features {@code type} declares (not inherited), by name, with their ranges. */
    Map<String, String> features(String type) {
        return ranges.getOrDefault(type, Map.of());
    }

    /** The part of a type name after its last dot. */
    static String shortName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * The layer a type's annotations go to: a {@code webanno.custom} layer by its short name (the
     * name it has in INCEpTION), any other type by its full name, so that the writer gives it back
     * as that type ({@code uima.tcas.Annotation} stays {@code uima.tcas.Annotation}).
     */
    static String layerName(String type) {
        return type.startsWith(CUSTOM) ? shortName(type) : type;
    }

    /** Whether {@code layer} is a qualified UIMA type name ({@code a.b.C}) rather than a custom layer's short name. */
    static boolean isQualified(String layer) {
        String[] parts = layer.split("\\.", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!javax.lang.model.SourceVersion.isIdentifier(part) || javax.lang.model.SourceVersion.isKeyword(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code type} is one of UIMA's built-in types ({@code uima.*}), which a CAS never redeclares. */
    static boolean isBuiltIn(String type) {
        return type.startsWith("uima.");
    }
}
