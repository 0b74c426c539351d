package org.standoff.corpus.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One input file of an import: its name (relative path, used in diagnostics and to pair files such
 * as brat's {@code doc.txt} and {@code doc.ann}) and its exact bytes. Bytes, not text, so that an
 * importer sees a byte-order mark or invalid UTF-8 and can report it.
 *
 * @param name    the file's name or relative path, with {@code /} separators
 * @param content the file's bytes (not copied: do not modify)
 */
public record SourceFile(String name, byte[] content) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** A file with the UTF-8 encoding of {@code text}. */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The part of the name after its last dot, lower-case, or "" when there is none. */
    public String extension() {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile && ((SourceFile) o).name.equals(name)
                && Arrays.equals(((SourceFile) o).content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "SourceFile[" + name + ", " + content.length + " bytes]";
    }
}
