package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.ProvenanceId;

/** Reading an object's own id, and turning nullable id values into typed ids. */
final class Ids {
    private Ids() {
    }

    /** Reads the object's {@code id} and makes it the subject of the object's further diagnostics. */
    static String read(Cursor c) throws IOException {
        String id = c.id();
        if (id != null) {
            c.subject(id);
        }
        return id;
    }

    static EntityId entity(String value) {
        return value == null ? null : EntityId.of(value);
    }

    static ProvenanceId provenance(String value) {
        return value == null ? null : ProvenanceId.of(value);
    }
}
