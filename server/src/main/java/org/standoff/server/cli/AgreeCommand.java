package org.standoff.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.standoff.core.agreement.Agreement;
import org.standoff.core.agreement.AgreementReport;
import org.standoff.core.agreement.AgreementTable;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.agreement.CorpusAgreement;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.agreement.AgreementAnswer;
import org.standoff.server.store.DocumentFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff agree A.json B.json [C.json…]}: inter-annotator agreement between copies of one
 * document, one table per figure (docs/AGREEMENT.md). {@code standoff agree --corpus DIR…}: token-wise
 * alpha and attribution-wise agreement pooled over every article of the folders that several annotators
 * annotated ({@link CorpusAgreement}; an article's copies are the documents with the same text and the
 * same article name, see {@link CorpusAgreementCommand#article}, each named by its metadata
 * {@code annotator}, else its id). Exit code 0 when the figures were computed,
 * 2 when a file cannot be read or the copies are not copies of one text.
 */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = "Measure inter-annotator agreement between copies of one document (standoff JSON):"
                + " span P/R/F1 (exact, overlap), attributions, claims, kappa, unitizing alpha."
                + " Each file is one annotator, named after the file. With --corpus: token-wise alpha and"
                + " attribution-wise agreement over every article of the folders that several annotators did.")
final class AgreeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Two or more standoff JSON copies of one document"
            + " (with --corpus: folders of standoff documents).")
    List<Path> files = List.of();

    @Option(names = "--corpus", description = "Pool over the articles of the given folders (searched recursively): the"
            + " documents with the same text and article (metadata copyOf, or the id without its _ANNOTATOR or ~ANNOTATOR"
            + " ending) are its copies, each named by its metadata annotator.")
    boolean corpus;

    @Option(names = "--diff", description = "Also list every disagreement, in context.")
    boolean diff;

    @Option(names = "--json", description = "Print the figures (and disagreements) as JSON instead of tables.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (corpus) {
            return CorpusAgreementCommand.run(files, out, err);
        }
        if (files.size() < 2) {
            err.println("standoff agree: give two or more copies of one document, or --corpus and folders");
            return 2;
        }
        List<AnnotatorCopy> copies = new ArrayList<>();
        List<String> names = names(files);
        for (int i = 0; i < files.size(); i++) {
            ReadResult result = StandoffJson.read(files.get(i));
            if (result.hasErrors()) {
                for (Diagnostic diagnostic : result.errors()) {
                    err.println(files.get(i) + ": " + diagnostic);
                }
                err.println("standoff agree: cannot read " + files.get(i));
                return 2;
            }
            copies.add(new AnnotatorCopy(names.get(i), result.document()));
        }
        AgreementReport report;
        try {
            report = Agreement.measure(copies);
        } catch (IllegalArgumentException e) {
            err.println("standoff agree: " + e.getMessage());
            return 2;
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(AgreementAnswer.of(report, copies.get(0).document().offsets(), OffsetUnit.CODEPOINT)));
        } else {
            out.print(AgreementTable.figures(report));
            if (diff) {
                out.println();
                out.println("disagreements: " + report.disagreements().size());
                out.print(AgreementTable.differences(report));
            }
        }
        out.flush();
        return 0;
    }

    /** Each file's name without its suffix; the whole path where two files share a name. */
    static List<String> names(List<Path> files) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean clash = false;
        for (Path file : files) {
            String name = file.getFileName().toString();
            name = name.endsWith(DocumentFiles.SUFFIX) ? name.substring(0, name.length() - DocumentFiles.SUFFIX.length())
                    : name.replaceFirst("\\.json$", "");
            clash |= !seen.add(name);
            names.add(name);
        }
        return clash ? files.stream().map(Path::toString).toList() : names;
    }
}
