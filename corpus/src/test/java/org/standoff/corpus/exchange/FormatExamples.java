package org.standoff.corpus.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party example files the tests read, copied byte for byte into the test resources
 * ({@code corpus/src/test/resources/examples/<tool>/}, provenance in the README there) and found on
 * the test class path, so that a fresh clone needs nothing outside the repository.
 */
public final class FormatExamples {
    /** The {@code examples} folder as the test class path holds it. */
    public static final Path ROOT = root();

    private FormatExamples() {
    }

    /** The path of {@code relative} (e.g. {@code w3c/x.json}) inside the examples folder. */
    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** The example file {@code relative}, as a source file named by its file name. */
    public static SourceFile file(String relative) {
        Path path = path(relative);
        try {
            return new SourceFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example file {@code folder/name}, as a source file named {@code name}. */
    public static SourceFile file(String folder, String name) {
        return file(folder + "/" + name);
    }

    private static Path root() {
        try {
            return Path.of(FormatExamples.class.getResource("/examples/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
