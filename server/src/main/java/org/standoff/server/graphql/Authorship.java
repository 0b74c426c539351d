package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;

/**
 * Who made an edit: the name it is recorded under, in the edited annotation's provenance (a record
 * naming the author as a person) and, through the store's {@code Change}, in the store's edit history
 * (who, when, which mutation, which annotation, the version it made).
 */
final class Authorship {
    private Authorship() {
    }

    /** The name the request's edits are recorded under: its account's, or {@code "anonymous"}. */
    static String author(DataFetchingEnvironment env) {
        return PeopleResolvers.viewer(env).author();
    }

    /**
     * The id of {@code document}'s provenance record for the person {@code author}: the first record of
     * that agent, a person, without time or confidence; else a new such record, added to {@code builder},
     * with the id {@code p-AUTHOR} (or {@code p-AUTHOR-2} ... when that id is taken).
     */
    static ProvenanceId provenance(Document document, DocumentBuilder builder, String author) {
        for (Provenance record : document.provenance()) {
            if (record.agent().equals(author) && record.agentType() == AgentType.HUMAN
                    && record.time() == null && record.confidence() == null) {
                return record.id();
            }
        }
        String id = "p-" + author;
        for (int n = 2; isUsed(document, id); n++) {
            id = "p-" + author + "-" + n;
        }
        ProvenanceId fresh = ProvenanceId.of(id);
        builder.provenance(new Provenance(fresh, author, AgentType.HUMAN, null, null));
        return fresh;
    }

    private static boolean isUsed(Document document, String id) {
        return document.annotation(id).isPresent() || document.entity(EntityId.of(id)).isPresent()
                || document.provenance().stream().anyMatch(record -> record.id().value().equals(id));
    }

}
