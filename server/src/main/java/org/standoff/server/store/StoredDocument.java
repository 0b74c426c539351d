package org.standoff.server.store;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.standoff.core.model.Document;

/**
 * One version of a served document: an immutable {@link Document} and its version number. The store
 * swaps whole values atomically, so a reader that holds one sees a consistent document for as long
 * as it likes. Equality is identity: two versions are two values even when their content is equal.
 *
 * <p>Views derived from the document (offset and span indexes, reverse references) are computed on
 * first use through {@link #derived(Class, Function)} and live as long as this value. Thread-safe.
 */
public final class StoredDocument {
    private final Document document;
    private final long version;
    private final ConcurrentHashMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param document the document
     * @param version  its version, {@code >= 1}
     */
    public StoredDocument(Document document, long version) {
        this.document = Objects.requireNonNull(document, "document");
        if (version < 1) {
            throw new IllegalArgumentException("a version starts at 1: " + version);
        }
        this.version = version;
    }

    public Document document() {
        return document;
    }

    public String id() {
        return document.id();
    }

    /** Incremented by every successful write of this document; 64-bit. */
    public long version() {
        return version;
    }

    /**
     * The view of type {@code kind} derived from this document, computed once by {@code compute}.
     * {@code compute} must be a pure function of the document.
     */
    public <T> T derived(Class<T> kind, Function<Document, T> compute) {
        return kind.cast(derived.computeIfAbsent(kind, key -> compute.apply(document)));
    }

    @Override
    public String toString() {
        return "StoredDocument[" + document.id() + " v" + version + "]";
    }
}
