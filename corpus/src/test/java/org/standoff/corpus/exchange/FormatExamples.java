package org.standoff.corpus.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared format examples, which sit next to the repository: {@code ../../shared/format-examples}
 * from {@code corpus/} in CI; in a git worktree one level deeper, so the nearest ancestor folder
 * holding {@code shared/format-examples} is used.
 */
public final class FormatExamples {
    /** The {@code format-examples} folder. */
    public static final Path ROOT = find();

    private FormatExamples() {
    }

    /** The example file {@code folder/name}, as a source file named {@code name}. */
    public static SourceFile file(String folder, String name) {
        try {
            return new SourceFile(name, Files.readAllBytes(ROOT.resolve(folder).resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("format-examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "..", "shared", "format-examples");
    }
}
