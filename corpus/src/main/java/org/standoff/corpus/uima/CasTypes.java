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
}
