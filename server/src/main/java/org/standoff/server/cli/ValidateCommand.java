package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.StandoffDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff validate FILE|DIR}: reads standoff JSON files and prints every diagnostic. Exit
 * code 0 when no file has an error, 1 when one has, 2 when the path cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check standoff JSON files (a file, or every *.standoff.json under a directory and its"
                + " subfolders, hidden ones skipped: the documents serve --corpus serves) and print every problem."
                + " Exits 1 when there are errors.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", description = "A standoff JSON file or a directory of them.")
    Path path;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = files(path);
        } catch (IOException e) {
            err.println("standoff validate: cannot read " + path + ": " + e.getMessage());
            return 2;
        }
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            ReadResult result = StandoffJson.read(file);
            for (Diagnostic diagnostic : result.diagnostics()) {
                out.println(file + ": " + diagnostic);
                errors += diagnostic.severity() == Severity.ERROR ? 1 : 0;
                warnings += diagnostic.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        out.println(files.size() + " file(s), " + errors + " error(s), " + warnings + " warning(s)");
        return errors > 0 ? 1 : 0;
    }

    private static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException("no such file or directory");
        }
        return StandoffDirectory.files(path);
    }
}
