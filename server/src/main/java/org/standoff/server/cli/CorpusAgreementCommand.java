package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.agreement.CorpusAgreement;
import org.standoff.core.agreement.CorpusAgreementReport;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.StandoffJson;

/** {@code standoff agree --corpus DIR…}: the figures of {@link CorpusAgreement}, printed. */
final class CorpusAgreementCommand {
    /** The metadata key naming a copy's annotator (set by the brat importer and by assignDocument). */
    static final String ANNOTATOR = "annotator";

    private CorpusAgreementCommand() {
    }

    /** The metadata key naming the document a copy was assigned from ({@code assignDocument}). */
    static final String COPY_OF = "copyOf";

    /**
     * The article a document is a copy of: its metadata {@code copyOf}, else its id without the
     * {@code _ANNOTATOR} (brat import) or {@code ~ANNOTATOR} (assigned copy) ending, else empty (the
     * document's text alone then says which copies belong together).
     */
    static String article(Document document) {
        String copyOf = document.metadata().get(COPY_OF);
        if (copyOf != null) {
            return copyOf;
        }
        String annotator = document.metadata().get(ANNOTATOR);
        String id = document.id();
        if (annotator != null && (id.endsWith("_" + annotator) || id.endsWith("~" + annotator))) {
            return id.substring(0, id.length() - annotator.length() - 1);
        }
        return "";
    }

    static int run(List<Path> folders, PrintWriter out, PrintWriter err) throws IOException {
        if (folders.isEmpty()) {
            err.println("standoff agree: --corpus needs one or more folders of standoff documents");
            return 2;
        }
        Map<String, List<AnnotatorCopy>> byArticle = new LinkedHashMap<>();
        int documents = 0;
        int withErrors = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                err.println("standoff agree: " + folder + " is not a folder");
                return 2;
            }
            for (Path file : StandoffDirectory.files(folder)) {
                ReadResult result = StandoffJson.read(file);
                if (result.document() == null) {
                    for (Diagnostic diagnostic : result.errors()) {
                        err.println(file + ": " + diagnostic);
                    }
                    err.println("standoff agree: cannot read " + file);
                    return 2;
                }
                documents++;
                withErrors += result.hasErrors() ? 1 : 0;
                Document document = result.document();
                String annotator = document.metadata().getOrDefault(ANNOTATOR, document.id());
                byArticle.computeIfAbsent(article(document) + "\u0000" + document.text(), t -> new ArrayList<>())
                        .add(new AnnotatorCopy(annotator, document));
            }
        }
        List<List<AnnotatorCopy>> articles = new ArrayList<>();
        TreeSet<String> annotators = new TreeSet<>();
        for (List<AnnotatorCopy> copies : byArticle.values()) {
            if (copies.size() >= 2) {
                articles.add(copies);
                copies.forEach(c -> annotators.add(c.annotator()));
            }
        }
        if (articles.isEmpty()) {
            err.println("standoff agree: no article among the " + documents + " document(s) has two or more copies");
            return 2;
        }
        CorpusAgreementReport report;
        try {
            report = CorpusAgreement.measure(articles);
        } catch (IllegalArgumentException e) {
            err.println("standoff agree: " + e.getMessage());
            return 2;
        }
        out.printf(Locale.ROOT, "documents: %d (%d with validation errors, compared as they are); articles with several"
                + " copies: %d (%d copies, annotators %s); annotated once: %d%n", documents, withErrors, report.articles(),
                report.copies(), String.join(", ", annotators), byArticle.size() - articles.size());
        out.printf(Locale.ROOT, "token-wise alpha           %.3f   (%d tokens; Do %.4f, De %.4f)%n",
                report.tokenAlpha().value(), report.tokens(), report.tokenAlpha().observed(), report.tokenAlpha().expected());
        StringBuilder labels = new StringBuilder();
        report.labels().forEach((label, count) -> labels.append(labels.length() == 0 ? "" : ", ").append(label).append(' ').append(count));
        out.println("token labels               " + labels);
        out.printf(Locale.ROOT, "attribution-wise (agr)     %.3f   (%d attributions; %d paired of %d compared in pairs)%n",
                report.attributionWise(), report.attributions(), report.paired(), report.compared());
        out.printf(Locale.ROOT, "same source, cue, content  %.3f exact, %.3f overlap%n", report.tripleExactF1(),
                report.tripleOverlapF1());
        out.flush();
        return 0;
    }
}
