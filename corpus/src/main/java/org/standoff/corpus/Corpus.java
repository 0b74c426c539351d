package org.standoff.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * An ordered set of annotated documents with unique ids. {@link #shipped()} is the gold corpus that
 * ships in this module's jar: the Putin–Jiang article of 2001, annotated by docs/GUIDELINES.md.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.shipped();
 * Document article = corpus.document("putin-jiang-friendship-treaty-2001").orElseThrow();
 * System.out.println(corpus.statistics());   // a table of counts
 * }</pre>
 */
public final class Corpus {
    /** The classpath resource of the shipped article's standoff JSON. */
    public static final String SHIPPED_RESOURCE = "org/standoff/corpus/gold/putin-jiang-2001.standoff.json";

    /** The id of the shipped article. */
    public static final String SHIPPED_DOCUMENT_ID = "putin-jiang-friendship-treaty-2001";

    private final Map<String, Document> documents;

    private Corpus(Map<String, Document> documents) {
        this.documents = java.util.Collections.unmodifiableMap(documents);
    }

    /**
     * The gold corpus shipped in this module: the standoff JSON resource {@value #SHIPPED_RESOURCE},
     * read from the classpath on the first call and shared afterwards (documents are immutable).
     *
     * @throws IllegalStateException when the resource is missing or does not read cleanly, naming
     *                               every diagnostic (a build problem, never a user's)
     */
    public static Corpus shipped() {
        return Shipped.CORPUS;
    }

    /** Holder: reads the shipped corpus once, when first asked for. */
    private static final class Shipped {
        static final Corpus CORPUS = of(List.of(readResource(SHIPPED_RESOURCE)));
    }

    private static Document readResource(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped corpus " + resource + " is not on the classpath");
            }
            ReadResult result = StandoffJson.read(in, resource);
            if (!result.diagnostics().isEmpty() || result.document() == null) {
                throw new IllegalStateException("the shipped corpus " + resource + " does not read cleanly:\n"
                        + String.join("\n", result.diagnostics().stream().map(Diagnostic::toString).toList()));
            }
            return result.document();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped corpus " + resource, e);
        }
    }

    /**
     * A corpus of {@code documents}, in their order.
     *
     * @throws IllegalArgumentException when two documents share an id
     */
    public static Corpus of(List<Document> documents) {
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Document document : documents) {
            if (byId.putIfAbsent(document.id(), document) != null) {
                throw new IllegalArgumentException("two documents have the id \"" + document.id() + "\"");
            }
        }
        return new Corpus(byId);
    }

    /** The documents, in order. */
    public List<Document> documents() {
        return List.copyOf(documents.values());
    }

    /** The document with the given id, if there is one. */
    public Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The corpus's counts: annotations per kind, quotes per speaker, claims per claimant and type. */
    public CorpusStatistics statistics() {
        return CorpusStatistics.of(documents.values());
    }

    @Override
    public String toString() {
        return "Corpus" + documents.keySet();
    }
}
