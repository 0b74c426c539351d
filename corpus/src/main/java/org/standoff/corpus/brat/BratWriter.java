package org.standoff.corpus.brat;

import static org.standoff.corpus.brat.BratVocabulary.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.OffsetConverter;
import org.standoff.corpus.exchange.Losses;

/**
 * Exports documents as brat files. Offsets are code points over the LF view (brat's server),
 * or the plain unit {@link ExportOptions#offsetUnit()} names. Ids become brat ids in document order
 * ({@code T1}, {@code E1}, ...). Everything brat cannot carry is an {@code export.loss} warning
 * naming the annotation (the table is in docs/formats/brat.md).
 */
final class BratWriter {

    private BratWriter() {
    }

    static ExportResult write(List<Document> documents, ExportOptions options) {
        List<ExportResult.OutputFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Document document : documents) {
            OffsetReading reading = options.offsetUnit() == null ? OffsetReading.bratServer()
                    : OffsetReading.of(options.offsetUnit());
            AnnBuilder ann = new AnnBuilder(document.text(), OffsetConverter.of(document.text(), reading), diagnostics);
            writeOne(document, ann);
            files.add(new ExportResult.OutputFile(DocumentFileName.of(document.id(), ".txt"), document.text()));
            files.add(new ExportResult.OutputFile(DocumentFileName.of(document.id(), ".ann"), ann.content()));
        }
        files.add(new ExportResult.OutputFile("annotation.conf", ConfWriter.write(documents)));
        return new ExportResult(files, diagnostics);
    }

    private static void writeOne(Document document, AnnBuilder ann) {
        Map<String, String> ids = new LinkedHashMap<>();
        DomainWriter domain = new DomainWriter(document, ann, ids);
        for (SpanAnnotation span : document.spanAnnotations()) {
            if (span instanceof GenericSpan) {
                genericSpan((GenericSpan) span, ann, ids);
            } else {
                domain.span(span);
            }
        }
        domain.reserveAttributions();
        for (GenericRelation relation : document.genericRelations()) {
            if (relation.arguments().stream().anyMatch(a -> a.role().equals(TRIGGER_ROLE))) {
                ids.put(relation.id().value(), ann.nextId('E'));
            }
        }
        domain.links();
        for (GenericRelation relation : document.genericRelations()) {
            genericRelation(relation, ann, ids);
        }
        document.spanAnnotations().stream().filter(s -> s instanceof GenericSpan)
                .forEach(s -> attributes(s.id().value(), ((GenericSpan) s).attributes(), ann, ids));
        document.genericRelations().stream().filter(r -> !isLineLayer(r.layer()))
                .forEach(r -> attributes(r.id().value(), r.attributes(), ann, ids));
        documentLosses(document, ann);
        long renamed = ids.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        if (renamed > 0) {
            ann.report(Losses.RENUMBERED, "document " + document.id() + ": " + renamed + " ids renumbered as brat ids (a letter and"
                    + " a number, e.g. " + ids.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).findFirst()
                    .map(e -> e.getKey() + " → " + e.getValue()).orElse("") + "); entity ids are kept in N lines");
        }
    }

    private static void genericSpan(GenericSpan span, AnnBuilder ann, Map<String, String> ids) {
        String type = typeName(span.label());
        String subject = span.id().value();
        if (!type.equals(span.label())) {
            ann.loss(subject, "label \"" + span.label() + "\" has white space or ':'; written as brat type " + type);
        }
        if (!span.layer().equals(ENTITY_LAYER) && !span.layer().equals(TRIGGER_LAYER)) {
            ann.loss(subject, "layer \"" + span.layer() + "\" is not kept: a brat type is a bare label");
        }
        String id = ann.textBound(type, span.extent(), subject);
        if (id != null) {
            ids.put(subject, id);
        }
    }

    private static void genericRelation(GenericRelation r, AnnBuilder ann, Map<String, String> ids) {
        String subject = r.id().value();
        List<String> targets = new ArrayList<>();
        for (GenericRelation.Argument argument : r.arguments()) {
            String target = ids.get(argument.target().value());
            if (target == null) {
                ann.loss(subject, "argument " + argument.role() + ":" + argument.target().value()
                        + " is not a written annotation (an entity, or a span that could not be written); relation not written");
                ids.remove(subject);
                return;
            }
            targets.add(target);
        }
        String label = typeName(r.label());
        if (r.layer().equals(EQUIV_LAYER)) {
            ann.line('*', null, label + " " + String.join(" ", targets), null);
        } else if (r.layer().equals(NOTE_LAYER) && targets.size() == 1) {
            ann.line('#', ann.nextId('#'), label + " " + targets.get(0), text(r, "text"));
        } else if (r.layer().equals(NORMALIZATION_LAYER) && targets.size() == 1) {
            ann.line('N', ann.nextId('N'), label + " " + targets.get(0) + " " + text(r, "resource") + ":"
                    + text(r, "entry"), text(r, "text"));
        } else if (ids.containsKey(subject) && r.arguments().get(0).role().equals(TRIGGER_ROLE)) {
            event(r, label, targets, ann, ids);
        } else if (targets.size() == 2) {
            layerLoss(r, label, ann);
            String id = ann.nextId('R');
            ids.put(subject, id);
            ann.line('R', id, label + " " + r.arguments().get(0).role() + ":" + targets.get(0) + " "
                    + r.arguments().get(1).role() + ":" + targets.get(1), null);
        } else {
            ann.loss(subject, "relation with " + targets.size() + " arguments and no Trigger role: brat has only binary R "
                    + "lines and E lines with a trigger span; not written");
        }
    }

    private static void event(GenericRelation r, String label, List<String> targets, AnnBuilder ann, Map<String, String> ids) {
        layerLoss(r, label, ann);
        StringBuilder body = new StringBuilder(label + ":" + targets.get(0));
        DomainWriter.RoleNumbering roles = new DomainWriter.RoleNumbering();
        for (int i = 1; i < targets.size(); i++) {
            body.append(' ').append(roles.next(r.arguments().get(i).role())).append(':').append(targets.get(i));
        }
        ann.line('E', ids.get(r.id().value()), body.toString(), null);
    }

    private static void layerLoss(GenericRelation r, String label, AnnBuilder ann) {
        if (!r.layer().equals(r.label())) {
            ann.loss(r.id().value(), "layer \"" + r.layer() + "\" is not kept: the relation is written as brat type " + label);
        }
    }

    private static void attributes(String subject, Map<String, AttributeValue> values, AnnBuilder ann, Map<String, String> ids) {
        String target = ids.get(subject);
        if (target == null) {
            return;
        }
        values.forEach((name, value) -> {
            if (value instanceof AttributeValue.Bool) {
                if (((AttributeValue.Bool) value).value()) {
                    ann.line('A', ann.nextId('A'), typeName(name) + " " + target, null);
                } else {
                    ann.loss(subject, "attribute " + name + "=false is written as absence (brat attributes are binary or valued)");
                }
                return;
            }
            String text = value.asText();
            if (text.isEmpty() || !text.equals(typeName(text))) {
                ann.loss(subject, "attribute " + name + " value " + text + " is empty or has white space or ':'; not written");
                return;
            }
            if (!(value instanceof AttributeValue.Text)) {
                ann.loss(subject, "attribute " + name + " is written as text: brat values have no type");
            }
            ann.line('A', ann.nextId('A'), typeName(name) + " " + target + " " + text, null);
        });
    }

    private static void documentLosses(Document document, AnnBuilder ann) {
        if (!document.metadata().isEmpty()) {
            ann.loss(null, "document " + document.id() + ": metadata " + document.metadata().keySet() + " has no place in brat");
        }
        if (!document.unknownFields().isEmpty()) {
            ann.loss(null, "document " + document.id() + ": unknown fields are not kept");
        }
        if (!document.provenance().isEmpty()) {
            ann.loss(null, "document " + document.id() + ": " + document.provenance().size() + " provenance records are dropped");
        }
        for (Annotation annotation : document.annotations()) {
            if (annotation.provenance() != null) {
                ann.loss(annotation.id().value(), "provenance " + annotation.provenance().value() + " has no place in brat; lost");
            }
        }
    }

    private static boolean isLineLayer(String layer) {
        return layer.equals(EQUIV_LAYER) || layer.equals(NOTE_LAYER) || layer.equals(NORMALIZATION_LAYER);
    }

    private static String text(GenericRelation r, String attribute) {
        AttributeValue value = r.attributes().get(attribute);
        return value == null ? "" : value.asText();
    }
}
