package org.standoff.corpus.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.standoff.corpus.exchange.SourceFile;

/**
 * The shared {@code format-examples/} folder: {@code ../../shared/format-examples} from the corpus
 * module in the main checkout and in CI, found by walking up from the working directory so that it
 * also resolves from a git worktree.
 */
public final class Examples {
    private Examples() {
    }

    /** The path of {@code relative} (e.g. {@code w3c/x.json}) inside format-examples. */
    public static Path path(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared/format-examples").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return Path.of("../../shared/format-examples").resolve(relative);
    }

    /** The example file as a source file named by its file name. */
    public static SourceFile file(String relative) {
        Path path = path(relative);
        try {
            return new SourceFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
