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
 * the LF view), and maps the lines to the model with {@link LineMapper}, in Standoff's own vocabulary or
 * through the options' label mapping. Several annotators' files of one text ({@code ARTICLE_ANNOTATOR.ann},
 * as PolNeAR names them) are kept apart: one document each, id {@code ARTICLE_ANNOTATOR}, metadata
 * {@code annotator}.
 */
final class BratReader {
    /** The metadata key naming the annotator of a document read from a per-annotator {@code .ann} file. */
    static final String ANNOTATOR = "annotator";
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
            SourceFile ownText = texts.get(entry.getKey());
            String annotator = ownText == null ? annotator(entry.getKey(), texts) : null;
            SourceFile text = ownText != null || annotator == null ? ownText
                    : texts.get(annotatorText(entry.getKey(), annotator, texts));
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
                documents.add(annotator == null ? document : document.toBuilder().metadata(ANNOTATOR, annotator).build());
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
                OffsetReading.bratServer()).withBomStripped(text.bomStripped()).withOptions(options));
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
        LineVocabulary vocabulary = options.mapping() == null ? new DomainLines(ann.name(), extents, found)
                : new MappedLines(ann.name(), extents, text.text(), options.mapping(), found);
        new LineMapper(lines, extents, schema, found, vocabulary).map(builder, text.text());
        Document document = builder.build();
        diagnostics.addAll(found);
        Validator.validate(document).forEach(d -> diagnostics.add(d.at(new Location(ann.name(), null, 0, 0))));
        return document;
    }

    /**
     * The annotator suffix of an {@code .ann} without a {@code .txt} of its own name, as PolNeAR names
     * one annotator's file of an article ({@code attributions/ARTICLE_d473.ann} next to
     * {@code text/ARTICLE.txt}): the part after the last {@code _} when a text named by the rest exists,
     * in the same folder or any other; else null.
     */
    private static String annotator(String annBase, Map<String, SourceFile> texts) {
        String name = name(annBase);
        int underscore = name.lastIndexOf('_');
        if (underscore <= 0 || underscore == name.length() - 1) {
            return null;
        }
        String annotator = name.substring(underscore + 1);
        return annotatorText(annBase, annotator, texts) == null ? null : annotator;
    }

    /** The key of the text an annotator's {@code .ann} belongs to: same folder first, then the first in name order. */
    private static String annotatorText(String annBase, String annotator, Map<String, SourceFile> texts) {
        String article = annBase.substring(0, annBase.length() - annotator.length() - 1);
        if (texts.containsKey(article)) {
            return article;
        }
        String articleName = name(article);
        return texts.keySet().stream().filter(key -> name(key).equals(articleName)).sorted().findFirst().orElse(null);
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
