package org.standoff.corpus.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standoff.core.model.Provenance;

/**
 * A document in flat form: text, metadata, flat spans and relations, provenance records.
 *
 * @param id         the document id
 * @param text       the exact text
 * @param metadata   metadata in order
 * @param spans      the span annotations
 * @param relations  the relations
 * @param provenance the provenance records the annotations name
 */
public record FlatDocument(String id, String text, Map<String, String> metadata, List<FlatSpan> spans,
                           List<FlatRelation> relations, List<Provenance> provenance) {
    public FlatDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
        provenance = List.copyOf(provenance);
    }
}
