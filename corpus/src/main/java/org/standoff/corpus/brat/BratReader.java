package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Extent;
import org.standoff.core.schema.Schema;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.exchange.DecodedText;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.InvalidInput;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.SpanClaim;
import org.standoff.corpus.exchange.UnitDetection;

/**
 * Imports brat documents: pairs each {@code NAME.ann} with {@code NAME.txt}, applies the
 * {@code annotation.conf} of the same folder (or the only one given), decides the offset unit by
 * verifying every {@code T} line's text ({@link UnitDetection}, expecting brat's code points over
 * the LF view), and maps the lines to the model with {@link LineMapper}.
 */
final class BratReader {
    private BratReader() {
    }

    static ImportResult read(List<SourceFile> files, ImportOptions options) {
        Map<String, SourceFile> texts = new LinkedHashMap<>();
        Map<String, SourceFile> anns = new LinkedHashMap<>();
        List<SourceFile> confs = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.name().endsWith("annotation.conf")) {
                confs.add(file);
            } else if (file.extension().equals("txt")) {
                texts.put(base(file.name()), file);
            } else if (file.extension().equals("ann")) {
                anns.put(base(file.name()), file);
            } else {
                diagnostics.add(Diagnostic.warning("brat.file", null, "not a brat file (.txt, .ann or annotation.conf); skipped")
                        .at(new Location(file.name(), null, 0, 0)));
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, SourceFile> entry : anns.entrySet()) {
            SourceFile text = texts.get(entry.getKey());
            if (text == null) {
                diagnostics.add(Diagnostic.error("brat.file", null, "no " + entry.getKey() + ".txt for this .ann file")
                        .at(new Location(entry.getValue().name(), null, 0, 0)));
                continue;
            }
            SourceFile conf = confFor(entry.getKey(), confs);
            String id = options.documentId() != null && anns.size() == 1 ? options.documentId() : name(entry.getKey());
            Document document = InvalidInput.orReport(new Location(entry.getValue().name(), null, 0, 0), null,
                    "the document", diagnostics, () -> readOne(id, text, entry.getValue(), conf, options, diagnostics));
            if (document != null) {
                documents.add(document);
            }
        }
        return new ImportResult(documents, diagnostics);
    }

    private static Document readOne(String id, SourceFile txt, SourceFile ann, SourceFile conf, ImportOptions options,
                                    List<Diagnostic> diagnostics) {
        DecodedText text = DecodedText.of(txt);
        diagnostics.addAll(text.diagnostics());
        List<Diagnostic> found = new ArrayList<>();
        DecodedText annText = DecodedText.of(ann);
        found.addAll(annText.diagnostics());
        List<AnnLine> lines = new AnnParser(ann.name(), found).parse(annText.text());
        Schema schema = null;
        if (conf != null) {
            DecodedText confText = DecodedText.of(conf);
            found.addAll(confText.diagnostics());
            schema = AnnotationConf.read(conf.name(), confText.text(), found);
        }
        List<SpanClaim> claims = new ArrayList<>();
        List<AnnLine.TextBound> textBounds = new ArrayList<>();
        for (AnnLine line : lines) {
            if (line instanceof AnnLine.TextBound) {
                AnnLine.TextBound t = (AnnLine.TextBound) line;
                textBounds.add(t);
                claims.add(SpanClaim.of(t.id(), t.ranges(), t.text(), " ", new Location(ann.name(), null, t.line(), 1)));
            }
        }
        UnitDetection.Result units = UnitDetection.detect(UnitDetection.Request.of(ann.name(), text.text(), claims,
                OffsetReading.bratServer()).withBomStripped(text.bomStripped()).withStated(options.offsetUnit()));
        found.addAll(units.diagnostics());
        if (!units.isDecided()) {
            diagnostics.addAll(found);
            return null;
        }
        Map<String, Extent> extents = new LinkedHashMap<>();
        for (int i = 0; i < textBounds.size(); i++) {
            if (units.extents().get(i) != null) {
                extents.put(textBounds.get(i).id(), units.extents().get(i));
            }
        }
        DocumentBuilder builder = Document.builder(id, text.text());
        new LineMapper(ann.name(), lines, extents, schema, found).map(builder, text.text());
        Document document = builder.build();
        diagnostics.addAll(found);
        Validator.validate(document).forEach(d -> diagnostics.add(d.at(new Location(ann.name(), null, 0, 0))));
        return document;
    }

    private static SourceFile confFor(String base, List<SourceFile> confs) {
        String folder = folder(base);
        for (SourceFile conf : confs) {
            if (folder(conf.name()).equals(folder)) {
                return conf;
            }
        }
        return confs.size() == 1 ? confs.get(0) : null;
    }

    private static String base(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String folder(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    private static String name(String base) {
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
