package org.standoff.corpus.standoff;

import java.nio.file.Path;

/**
 * Limits and switches for reading standoff JSON. Every limit guards against hostile or broken
 * input; exceeding one stops reading that document with one clear error diagnostic
 * ({@code limit.*}). Options are immutable; {@code withX} returns a changed copy.
 *
 * @param maxDocumentBytes the most bytes one document (one file, one JSON Lines line) may have, {@code >= 1}
 * @param maxNestingDepth  the deepest nesting of JSON arrays and objects, {@code >= 4}
 * @param maxStringLength  the longest JSON string, in characters (UTF-16 units), {@code >= 1}
 * @param maxNumberLength  the longest JSON number literal, in characters, {@code >= 1}
 * @param validate         whether to run the core validator on the built document and report its findings
 * @param baseDirectory    the directory a {@code textRef} path is relative to, or {@code null} when
 *                         sidecar text is not allowed (reading a {@link Path} sets it to the file's directory)
 */
public record ReaderOptions(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
                            boolean validate, Path baseDirectory) {

    /** 256 MiB documents, depth 64, strings of 20 million characters, numbers of 100 characters, validation on. */
    public static final ReaderOptions DEFAULTS = new ReaderOptions(256L << 20, 64, 20_000_000, 100, true, null);

    public ReaderOptions {
        if (maxDocumentBytes < 1 || maxNestingDepth < 4 || maxStringLength < 1 || maxNumberLength < 1) {
            throw new IllegalArgumentException("invalid reader limits: maxDocumentBytes=" + maxDocumentBytes
                    + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
                    + ", maxNumberLength=" + maxNumberLength);
        }
    }

    /** The default options. */
    public static ReaderOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with another byte limit per document. */
    public ReaderOptions withMaxDocumentBytes(long value) {
        return new ReaderOptions(value, maxNestingDepth, maxStringLength, maxNumberLength, validate, baseDirectory);
    }

    /** A copy with another nesting limit. */
    public ReaderOptions withMaxNestingDepth(int value) {
        return new ReaderOptions(maxDocumentBytes, value, maxStringLength, maxNumberLength, validate, baseDirectory);
    }

    /** A copy with another string length limit. */
    public ReaderOptions withMaxStringLength(int value) {
        return new ReaderOptions(maxDocumentBytes, maxNestingDepth, value, maxNumberLength, validate, baseDirectory);
    }

    /** A copy with another number length limit. */
    public ReaderOptions withMaxNumberLength(int value) {
        return new ReaderOptions(maxDocumentBytes, maxNestingDepth, maxStringLength, value, validate, baseDirectory);
    }

    /** A copy that does or does not run the core validator. */
    public ReaderOptions withValidate(boolean value) {
        return new ReaderOptions(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, value, baseDirectory);
    }

    /** A copy that resolves {@code textRef} paths against {@code directory} ({@code null}: no sidecar text). */
    public ReaderOptions withBaseDirectory(Path directory) {
        return new ReaderOptions(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, validate, directory);
    }
}
