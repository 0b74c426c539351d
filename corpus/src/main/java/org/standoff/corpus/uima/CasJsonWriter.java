package org.standoff.corpus.uima;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatLayers;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.FlatWriter;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.Losses;

/**
 * Writes a document as one CAS: the sofa, a DKPro {@code DocumentMetaData}, every flat span as an
 * annotation of {@code webanno.custom.<Layer>} (DKPro {@code Token}/{@code Sentence} for those
 * segments) with features {@code id}, {@code label} and one string feature per attribute; an
 * attribution as a {@code webanno.custom.Attribution} link host over its cue (else its first
 * argument) whose {@code links} are {@code webanno.custom.AttributionLink}s ({@code role},
 * {@code target}); a binary generic relation as a relation layer ({@code Governor} →
 * {@code Dependent}), any other as a link host.
 */
final class CasJsonWriter {
    private final OffsetUnit unit;
    private final Losses losses = new Losses("UIMA CAS JSON");

    private CasJsonWriter(ExportOptions options) {
        this.unit = options.offsetUnit() == null ? OffsetUnit.UTF16 : options.offsetUnit();
    }

    static ExportResult write(List<Document> documents, ExportOptions options) {
        CasJsonWriter writer = new CasJsonWriter(options);
        List<ExportResult.OutputFile> files = new ArrayList<>();
        for (Document document : documents) {
            ObjectNode cas = writer.cas(FlatWriter.write(document, writer.losses));
            try {
                files.add(new ExportResult.OutputFile(DocumentFileName.of(document.id(), ".json"),
                        JsonInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(cas) + "\n"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serializes", e);
            }
        }
        return new ExportResult(files, writer.losses.diagnostics());
    }

    private ObjectNode cas(FlatDocument doc) {
        ObjectNode root = JsonInput.MAPPER.createObjectNode();
        if (unit != OffsetUnit.UTF16) {
            root.putObject("%HEADER").put("offset-encoding", unit == OffsetUnit.UTF8 ? "UTF-8" : "UTF-32");
        }
        CasTypeSystemWriter typeSystem = new CasTypeSystemWriter(losses);
        ObjectNode types = root.putObject("%TYPES");
        ArrayNode structures = root.putArray("%FEATURE_STRUCTURES");
        List<Integer> members = new ArrayList<>();
        Map<String, Integer> fsIds = new LinkedHashMap<>();
        Map<String, Span> spanOf = new LinkedHashMap<>();
        OffsetIndex index = OffsetIndex.of(doc.text());
        structures.addObject().put("%ID", 1).put("%TYPE", "uima.cas.Sofa").put("sofaNum", 1).put("sofaID", "_InitialView")
                .put("mimeType", "text").put("sofaString", doc.text());
        ObjectNode meta = annotation(structures, members, 2, CasTypeSystemWriter.METADATA, index, Span.of(0, doc.text().length()));
        meta.put("documentId", doc.id());
        doc.metadata().forEach((key, value) -> {
            if (key.equals("title")) {
                meta.put("documentTitle", value);
            } else if (DOCUMENT_FEATURES.contains(key)) {
                meta.put(key, value);
            } else if (!key.equals("documentId") || !value.equals(doc.id())) {
                losses.lost(null, "the metadata entry \"" + key + "\"");
            }
        });
        int next = 3;
        for (FlatSpan span : doc.spans()) {
            provenance(span.id(), span.provenance());
            String type = typeSystem.spanType(span);
            ObjectNode fs = annotation(structures, members, next, type, index, span.span());
            fsIds.put(span.id(), next++);
            spanOf.put(span.id(), span.span());
            fs.put("id", span.id());
            if (type.startsWith(CasTypes.CUSTOM)) {
                fs.put("label", span.label());
            }
            span.attributes().forEach((name, value) -> {
                if (typeSystem.hasFeature(type, name)) {
                    fs.put(name, value);
                }
            });
        }
        CasRelationWriter relations = new CasRelationWriter(structures, members, fsIds, typeSystem, losses, index, this);
        for (FlatRelation relation : doc.relations()) {
            provenance(relation.id(), relation.provenance());
            next = relations.write(relation, next, spanOf);
        }
        typeSystem.write(types);
        ObjectNode view = root.putObject("%VIEWS").putObject("_InitialView");
        view.put("%SOFA", 1);
        members.forEach(view.putArray("%MEMBERS")::add);
        return root;
    }

    private void provenance(String id, String provenance) {
        if (provenance != null) {
            losses.lost(id, "per-annotation provenance (" + provenance + "): a CAS is one annotator's");
        }
    }

    /** A new annotation feature structure {@code [begin, end)} in the output unit, listed as a member. */
    ObjectNode annotation(ArrayNode structures, List<Integer> members, int id, String type, OffsetIndex index, Span span) {
        members.add(id);
        return structures.addObject().put("%ID", id).put("%TYPE", type).put("@sofa", 1)
                .put("begin", index.fromUtf16(span.start(), unit)).put("end", index.fromUtf16(span.end(), unit));
    }

    /**
     * The metadata entries written as features of the document's {@code DocumentMetaData}: UIMA's
     * {@code DocumentAnnotation.language} and DKPro's string features ({@code title} is written as
     * {@code documentTitle}).
     */
    private static final java.util.Set<String> DOCUMENT_FEATURES = java.util.Set.of("language", "documentUri",
            "collectionId", "documentBaseUri");

    static boolean isAttribution(FlatRelation relation) {
        return relation.layer().equals(FlatLayers.ATTRIBUTION);
    }
}
