package org.standoff.server.store;

import java.io.IOException;
import java.nio.file.Path;

/** The store's name for {@link org.standoff.corpus.DurableFiles}, the one durable file write. */
public final class DurableFiles {
    private DurableFiles() {
    }

    /** Replaces {@code target}'s content with {@code content}, durably and atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        org.standoff.corpus.DurableFiles.write(target, content);
    }

    /** Deletes {@code target} if it exists, and makes the deletion durable. */
    public static void delete(Path target) throws IOException {
        org.standoff.corpus.DurableFiles.delete(target);
    }

    /** Whether {@code file} is a temporary file of {@link #write}, left behind by a crash. */
    public static boolean isTemporary(Path file) {
        return org.standoff.corpus.DurableFiles.isTemporary(file);
    }
}
