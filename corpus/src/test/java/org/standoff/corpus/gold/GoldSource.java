package org.standoff.corpus.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One annotation source and the article it annotates: the YAML text (docs/GUIDELINES.md, Part F)
 * and the exact article text, which is never modified.
 *
 * @param name the source's file name, used in diagnostics and provenance ({@code putin-jiang-2001.yaml})
 * @param yaml the annotation source
 * @param text the article text, byte for byte as its file holds it (decoded as UTF-8)
 */
public record GoldSource(String name, String yaml, String text) {
    public GoldSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads {@code yamlFile} and the article next to it, named like it with {@code .txt} for
     * {@code .yaml} ({@code putin-jiang-2001.yaml} → {@code putin-jiang-2001.txt}); both UTF-8.
     *
     * @throws UncheckedIOException when either file cannot be read
     */
    public static GoldSource read(Path yamlFile) {
        String fileName = yamlFile.getFileName().toString();
        if (!fileName.endsWith(".yaml")) {
            throw new IllegalArgumentException("an annotation source ends in .yaml: " + yamlFile);
        }
        Path textFile = yamlFile.resolveSibling(fileName.substring(0, fileName.length() - ".yaml".length()) + ".txt");
        try {
            return new GoldSource(fileName, Files.readString(yamlFile), Files.readString(textFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the annotation source " + yamlFile + " or its text " + textFile, e);
        }
    }
}
