package org.standoff.server.graphql;

import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;

/**
 * What annotators create, update and delete through the API: one constant per kind, naming its
 * mutations ({@code create<Name>}, {@code update<Name>}, {@code delete<Name>}), its input argument and
 * payload field, and the prefix of the ids the server picks for it.
 */
enum EditKind {
    ENTITY("Entity", "entity", "e"),
    MENTION("Mention", "mention", "m"),
    QUOTE("Quote", "quote", "q"),
    CUE("Cue", "cue", "c"),
    ATTRIBUTION("Attribution", "attribution", "a"),
    CLAIM("Claim", "claim", "cl"),
    SPAN("Span", "span", "s");

    private final String typeName;
    private final String field;
    private final String idPrefix;

    EditKind(String typeName, String field, String idPrefix) {
        this.typeName = typeName;
        this.field = field;
        this.idPrefix = idPrefix;
    }

    /** The suffix of this kind's mutation names. */
    String typeName() {
        return typeName;
    }

    /** The name of the input argument and of the payload field. */
    String field() {
        return field;
    }

    /** The model value that {@code input} describes, with the given id. */
    Object build(AnnotationInputs inputs, Map<String, Object> input, String id) {
        switch (this) {
            case ENTITY:
                return inputs.entity(input, id);
            case MENTION:
                return inputs.mention(input, id);
            case QUOTE:
                return inputs.quote(input, id);
            case CUE:
                return inputs.cue(input, id);
            case ATTRIBUTION:
                return inputs.attribution(input, id);
            case CLAIM:
                return inputs.claim(input, id);
            case SPAN:
                return inputs.span(input, id);
            default:
                throw new IllegalStateException("unhandled kind " + this);
        }
    }

    /** The value of this kind with the given id in {@code document}, or {@code null}. */
    Object find(Document document, String id) {
        Object found = this == ENTITY
                ? document.entity(EntityId.of(id)).orElse(null)
                : document.annotation(id).orElse(null);
        return found != null && modelClass().isInstance(found) ? found : null;
    }

    /** An id of this kind's prefix that nothing in {@code document} uses: {@code m1}, {@code m2} .... */
    String freshId(Document document) {
        for (int n = 1; ; n++) {
            String candidate = idPrefix + n;
            if (document.annotation(candidate).isEmpty()
                    && document.entity(EntityId.of(candidate)).isEmpty()) {
                return candidate;
            }
        }
    }

    private Class<?> modelClass() {
        switch (this) {
            case ENTITY:
                return Entity.class;
            case MENTION:
                return Mention.class;
            case QUOTE:
                return Quote.class;
            case CUE:
                return Cue.class;
            case ATTRIBUTION:
                return Attribution.class;
            case CLAIM:
                return Claim.class;
            case SPAN:
                return GenericSpan.class;
            default:
                throw new IllegalStateException("unhandled kind " + this);
        }
    }
}
