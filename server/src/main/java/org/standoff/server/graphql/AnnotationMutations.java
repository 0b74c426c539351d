package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.auth.Viewer;
import org.standoff.server.store.Change;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * Resolvers of the annotators' mutations: {@code create*}, {@code update*} and {@code delete*} for
 * every {@link EditKind}. Each runs as one store update: version check, edit, validation, durable
 * write, publication. On an annotator's copy only its annotator or a curator may edit, and the first
 * edit moves it to in progress ({@link AnnotatorCopies}).
 */
final class AnnotationMutations {
    private final Store store;

    AnnotationMutations(Store store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> {
            for (EditKind kind : EditKind.values()) {
                type.dataFetcher("create" + kind.typeName(), env -> write(env, kind, true));
                type.dataFetcher("update" + kind.typeName(), env -> write(env, kind, false));
                type.dataFetcher("delete" + kind.typeName(), env -> delete(env, kind));
            }
            return type;
        });
    }

    private Object write(DataFetchingEnvironment env, EditKind kind, boolean create) {
        String documentId = env.getArgument("documentId");
        long expectedVersion = env.<Long>getArgument("expectedVersion");
        String unitName = env.getArgument("unit");
        OffsetUnit unit = unitName == null ? OffsetUnit.CODEPOINT : OffsetUnit.valueOf(unitName);
        Map<String, Object> input = env.getArgument(kind.field());
        String author = Authorship.author(env);
        Viewer viewer = PeopleResolvers.viewer(env);
        // the history names the annotation written: its id is chosen on the version the edit expects
        // (an edit of any other version is refused as a conflict before it runs)
        StoredDocument expected = store.get(documentId).filter(stored -> stored.version() == expectedVersion).orElse(null);
        if (expected != null && AnnotatorCopies.isCopy(expected.document())) {
            AnnotatorCopies.checkMayEdit(expected.document(), viewer);
        }
        String[] written = {expected == null ? null : idFor(expected.document(), kind, input, create)};
        try {
            StoredDocument next = store.update(documentId, expectedVersion, document -> {
                DocumentBuilder builder = AnnotatorCopies.edited(document, viewer).toBuilder();
                if (written[0] == null) {
                    written[0] = idFor(document, kind, input, create);
                }
                AnnotationInputs inputs = new AnnotationInputs(TextOffsets.of(document), unit,
                        Authorship.provenance(document, builder, author));
                return replace(builder, build(kind, inputs, input, written[0])).build();
            }, new Change((create ? "create" : "update") + kind.typeName(), author, written[0]));
            return Payloads.success(next, unit, kind.field(), kind.find(next.document(), written[0]));
        } catch (StoreException.Invalid refusal) {
            return Payloads.invalid(env, store.get(documentId).orElse(null), unit, refusal);
        }
    }

    private Object delete(DataFetchingEnvironment env, EditKind kind) {
        String documentId = env.getArgument("documentId");
        long expectedVersion = env.<Long>getArgument("expectedVersion");
        String id = env.getArgument("id");
        try {
            StoredDocument next = store.update(documentId, expectedVersion, document -> {
                DocumentBuilder builder = AnnotatorCopies.edited(document, PeopleResolvers.viewer(env)).toBuilder();
                if (kind.find(document, id) == null) {
                    throw ApiException.notFound("document \"" + documentId + "\" has no "
                            + kind.field() + " with id \"" + id + "\"");
                }
                builder.remove(id);
                return builder.build();
            }, new Change("delete" + kind.typeName(), Authorship.author(env), id));
            return Payloads.deleted(next.version(), id);
        } catch (StoreException.Invalid refusal) {
            return Payloads.invalid(env, store.get(documentId).orElse(null), OffsetUnit.CODEPOINT, refusal);
        }
    }

    private static String idFor(Document document, EditKind kind, Map<String, Object> input, boolean create) {
        String given = Arguments.string(input, "id");
        if (given != null && (given.isEmpty() || !given.strip().equals(given))) {
            throw ApiException.badRequest("an id must not be empty or start or end with white space: \"" + given + "\"");
        }
        if (!create) {
            if (given == null) {
                throw ApiException.badRequest("update" + kind.typeName() + " needs the id of the " + kind.field());
            }
            if (kind.find(document, given) == null) {
                throw ApiException.notFound("document \"" + document.id() + "\" has no " + kind.field()
                        + " with id \"" + given + "\"");
            }
            return given;
        }
        if (given == null) {
            return kind.freshId(document);
        }
        if (document.annotation(given).isPresent() || document.entity(EntityId.of(given)).isPresent()) {
            throw ApiException.badRequest("the id \"" + given + "\" is already used in document \"" + document.id() + "\"");
        }
        return given;
    }

    private static Object build(EditKind kind, AnnotationInputs inputs, Map<String, Object> input, String id) {
        try {
            return kind.build(inputs, input, id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static DocumentBuilder replace(DocumentBuilder builder, Object value) {
        if (value instanceof Entity) {
            return builder.replace((Entity) value);
        }
        return builder.replace((Annotation) value);
    }
}
