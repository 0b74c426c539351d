package org.standoff.corpus.uima;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.json.jsoncas2.mode.OffsetConversionMode;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/** Apache UIMA's own Java library, for checking our CAS JSON against it: type systems, CASes, (de)serialization. */
final class UimaTypeSystems {
    private UimaTypeSystems() {
    }

    /** A type system description of the {@code %TYPES} of a CAS JSON text ({@code X[]} ranges become FSArrays of X). */
    static TypeSystemDescription fromJson(String casJson) throws Exception {
        JsonNode types = new ObjectMapper().readTree(casJson).path("%TYPES");
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.properties().forEach(type -> {
            TypeDescription description = tsd.addType(type.getKey(), "", type.getValue().path("%SUPER_TYPE").asText());
            type.getValue().properties().forEach(f -> {
                if (f.getKey().startsWith("%")) {
                    return;
                }
                String range = f.getValue().path("%RANGE").asText();
                if (f.getValue().has("%ELEMENT_TYPE")) {
                    description.addFeature(f.getKey(), "", range, f.getValue().get("%ELEMENT_TYPE").asText(), false);
                } else if (range.endsWith("[]")) {
                    description.addFeature(f.getKey(), "", CAS.TYPE_NAME_FS_ARRAY, range.substring(0, range.length() - 2), false);
                } else {
                    description.addFeature(f.getKey(), "", range);
                }
            });
        });
        return tsd;
    }

    /** A CAS of {@code tsd}. */
    static CAS cas(TypeSystemDescription tsd) throws Exception {
        return CasCreationUtils.createCas(tsd, null, null);
    }

    /** UIMA's reading of a CAS JSON text into a CAS with the text's own type system. */
    static CAS read(String casJson) throws Exception {
        CAS cas = cas(fromJson(casJson));
        new JsonCas2Deserializer().deserialize(new ByteArrayInputStream(casJson.getBytes(StandardCharsets.UTF_8)), cas);
        return cas;
    }

    /** UIMA's writing of {@code cas} (with its full type system), offsets in {@code mode}. */
    static String write(CAS cas, OffsetConversionMode mode) throws Exception {
        JsonCas2Serializer serializer = new JsonCas2Serializer();
        serializer.setOffsetConversionMode(mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.serialize(cas, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
