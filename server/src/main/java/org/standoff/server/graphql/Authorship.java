package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.server.history.Edit;
import org.standoff.server.history.EditHistory;

/**
 * Who made an edit, written down twice: in the edited annotation's provenance (a record naming the
 * author as a person) and in the corpus's {@link EditHistory} (who, when, which mutation, which
 * annotation, the version it made).
 */
final class Authorship {
    private static final Logger LOG = LoggerFactory.getLogger(Authorship.class);

    private final EditHistory history;

    Authorship(EditHistory history) {
        this.history = Objects.requireNonNull(history, "history");
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

    /**
     * Appends the accepted edit the running mutation made to the history. The edit is already durable,
     * so a history that cannot be written is logged, not answered as a failure of the edit.
     *
     * @param version the document's version after the edit, 0 when it was deleted
     * @param subject the annotation or entity edited, or null
     */
    void record(DataFetchingEnvironment env, String documentId, long version, String subject) {
        Edit edit = new Edit(Instant.now(), author(env), documentId, version, env.getFieldDefinition().getName(), subject);
        try {
            history.record(edit);
        } catch (UncheckedIOException e) {
            LOG.error("the edit history could not record {}", edit, e);
        }
    }
}
