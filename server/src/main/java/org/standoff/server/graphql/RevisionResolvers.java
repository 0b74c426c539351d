package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.anchor.Reanchor;
import org.standoff.core.anchor.ReanchorOptions;
import org.standoff.core.anchor.ReanchorReport;
import org.standoff.core.anchor.Reanchoring;
import org.standoff.core.anchor.SpanChange;
import org.standoff.core.anchor.SpanContext;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.Revision;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.Change;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * Re-anchoring over GraphQL: the {@code reviseText} mutation, which replaces a document's text and
 * moves its annotations with {@link Reanchor} under the store's version check, and
 * {@code Document.revision}, the record a client (the web page) reads to show the spans needing review.
 */
final class RevisionResolvers {
    private final Store store;

    RevisionResolvers(Store store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type.dataFetcher("reviseText", this::reviseText));
        wiring.type("Document", type -> type.dataFetcher("revision", RevisionResolvers::revision));
        wiring.type("Revision", type -> type.dataFetcher("anchors", RevisionResolvers::anchors));
        wiring.type("ReanchorReport", type -> type.dataFetcher("changes", RevisionResolvers::changes));
    }

    private Object reviseText(DataFetchingEnvironment env) {
        String documentId = env.getArgument("documentId");
        long expectedVersion = env.<Long>getArgument("expectedVersion");
        String text = env.getArgument("text");
        double threshold = env.<Number>getArgument("threshold").doubleValue();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw ApiException.badRequest("threshold must be from 0 to 1, found " + threshold);
        }
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        Document[] before = new Document[1];
        Reanchoring[] result = new Reanchoring[1];
        try {
            StoredDocument next = store.update(documentId, expectedVersion, document -> {
                before[0] = document;
                result[0] = Reanchor.reanchor(document, text, ReanchorOptions.DEFAULTS.withThreshold(threshold));
                return result[0].document();
            }, new Change("reviseText", Authorship.author(env)));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("version", next.version());
            payload.put("document", new DocumentView(next, unit));
            payload.put("report", report(result[0].report(), before[0].offsets(), next.document(), unit));
            payload.put("errors", List.of());
            return payload;
        } catch (StoreException.Invalid refusal) {
            return Payloads.invalid(env, store.get(documentId).orElse(null), unit, refusal);
        }
    }

    private static Map<String, Object> report(ReanchorReport report, OffsetIndex oldOffsets, Document next, OffsetUnit unit) {
        OffsetIndex newOffsets = next.offsets();
        List<Map<String, Object>> counts = new ArrayList<>();
        report.counts().forEach((status, count) -> counts.add(Map.of("status", status.name(), "count", count)));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (SpanChange change : report.changes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("annotation", change.annotation());
            row.put("kind", change.kind());
            row.put("status", change.status().name());
            row.put("score", change.score());
            row.put("oldStart", oldOffsets.fromUtf16(change.oldSpan().start(), unit));
            row.put("oldEnd", oldOffsets.fromUtf16(change.oldSpan().end(), unit));
            row.put("old", context(change.oldContext()));
            row.put("newStart", newOffsets.fromUtf16(change.newSpan().start(), unit));
            row.put("newEnd", newOffsets.fromUtf16(change.newSpan().end(), unit));
            row.put("new", context(change.newContext()));
            changes.add(row);
        }
        List<Map<String, Object>> relations = new ArrayList<>();
        report.relationsWithOrphanedParts().forEach(anchor ->
                relations.add(anchor(anchor, next.annotation(anchor.annotation()).orElseThrow(), newOffsets, unit)));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("previousFingerprint", report.previous());
        map.put("counts", counts);
        map.put("toReview", report.reviewCount());
        map.put("changes", changes);
        map.put("relationsWithOrphanedParts", relations);
        return map;
    }

    private static Map<String, Object> context(SpanContext context) {
        return Map.of("before", context.before(), "text", context.text(), "after", context.after());
    }

    private static Object revision(DataFetchingEnvironment env) {
        DocumentView view = env.getSource();
        Revision revision = view.stored().document().revision().orElse(null);
        if (revision == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("previousFingerprint", revision.previousFingerprint());
        map.put("method", revision.method());
        map.put("threshold", revision.threshold());
        map.put("view", view);
        map.put("revision", revision);
        return map;
    }

    private static List<Map<String, Object>> anchors(DataFetchingEnvironment env) {
        Map<String, Object> source = env.getSource();
        DocumentView view = (DocumentView) source.get("view");
        Revision revision = (Revision) source.get("revision");
        boolean needingReview = Boolean.TRUE.equals(env.getArgument("needingReview"));
        Document document = view.stored().document();
        List<Map<String, Object>> anchors = new ArrayList<>();
        for (Revision.Anchor anchor : revision.anchors()) {
            if (needingReview && !anchor.status().needsReview()) {
                continue;
            }
            Annotation annotation = document.annotation(anchor.annotation()).orElse(null);
            if (annotation != null) { // deleted since the revision
                anchors.add(anchor(anchor, annotation, document.offsets(), view.unit()));
            }
        }
        return anchors;
    }

    /** An {@code Anchor} object; {@code annotation}, the current one, gives its kind and span. */
    private static Map<String, Object> anchor(Revision.Anchor anchor, Annotation annotation, OffsetIndex offsets, OffsetUnit unit) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("annotation", anchor.annotation());
        map.put("kind", annotation.kind());
        map.put("status", anchor.status().name());
        map.put("score", anchor.score());
        map.put("previousText", anchor.previousText());
        map.put("orphanedParts", anchor.orphanedParts());
        boolean hasSpan = annotation instanceof SpanAnnotation;
        map.put("start", hasSpan ? offsets.fromUtf16(((SpanAnnotation) annotation).span().start(), unit) : null);
        map.put("end", hasSpan ? offsets.fromUtf16(((SpanAnnotation) annotation).span().end(), unit) : null);
        return map;
    }

    private static List<Map<String, Object>> changes(DataFetchingEnvironment env) {
        Map<String, Object> report = env.getSource();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) report.get("changes");
        if (!Boolean.TRUE.equals(env.getArgument("needingReview"))) {
            return changes;
        }
        return changes.stream().filter(c -> AnchorStatus.valueOf((String) c.get("status")).needsReview()).toList();
    }
}
