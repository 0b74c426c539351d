package org.standoff.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;

/**
 * The directory store: every served document in memory, each an immutable {@link StoredDocument}
 * swapped atomically on write, and written through a {@link Persistence} (a corpus directory's files,
 * or nothing). The embedded default, for one annotator and corpora that fit in memory.
 *
 * <p>Reads never block and never see a half-made change. Writes to one document are serialized by a
 * lock per document id; each write checks the expected version (optimistic concurrency), validates
 * the edited document ({@link StoreChecks}), makes it durable through the {@link Persistence}, and
 * only then publishes it, recording the edit in its {@link HistoryLog} (the corpus directory's
 * append-only history file, or memory). Thread-safe.
 *
 * <p>Corpus-wide queries ({@link #corpusQueries()}) read a {@link CorpusIndex} built from every
 * document when the store is made and updated by every write as it is published, so the next query
 * sees it.
 */
public final class DirectoryStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryStore.class);
    private final ConcurrentSkipListMap<String, StoredDocument> documents = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final CorpusIndex corpus = new CorpusIndex();
    private final HistoryLog history;
    private final Persistence persistence;
    private final StoreChecks checks;
    private final boolean readOnly;
    private volatile CorpusSource source;
    /** This store's {@link #corpusVersion}: a random epoch (another process, another count) and its accepted writes. */
    private final String epoch = Long.toHexString(ThreadLocalRandom.current().nextLong()) + ":";
    private final AtomicLong writes = new AtomicLong();

    /**
     * A store over {@code initial} documents.
     *
     * @param initial     the documents to serve, with their versions
     * @param source      where they come from
     * @param persistence where writes go
     * @param history     where accepted edits are recorded
     * @param validator   the validation run on every edited document (the core Validator)
     * @param readOnly    whether every write is refused
     */
    public DirectoryStore(Collection<StoredDocument> initial, CorpusSource source, Persistence persistence,
                          HistoryLog history, Function<Document, List<Diagnostic>> validator, boolean readOnly) {
        initial.forEach(document -> documents.putIfAbsent(document.id(), document));
        documents.values().forEach(corpus::put);
        this.source = Objects.requireNonNull(source, "source");
        this.persistence = Objects.requireNonNull(persistence, "persistence");
        this.history = Objects.requireNonNull(history, "history");
        this.checks = new StoreChecks(Objects.requireNonNull(validator, "validator"));
        this.readOnly = readOnly;
    }

    @Override
    public Optional<StoredDocument> get(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    /** The current version of every document, ordered by id. */
    public List<StoredDocument> list() {
        return List.copyOf(documents.values());
    }

    @Override
    public DocumentPage page(DocumentFilter filter, int first, String afterId) {
        List<StoredDocument> page = new ArrayList<>();
        Collection<StoredDocument> candidates = afterId == null ? documents.values()
                : documents.tailMap(afterId, false).values();
        int total = 0;
        boolean hasNext = false;
        for (StoredDocument stored : documents.values()) {
            total += filter.matches(stored.document()) ? 1 : 0;
        }
        for (StoredDocument stored : candidates) {
            if (!filter.matches(stored.document())) {
                continue;
            }
            if (page.size() == first) {
                hasNext = true;
                break;
            }
            page.add(stored);
        }
        boolean hasPrevious = afterId != null && documents.headMap(afterId, true).values().stream()
                .anyMatch(stored -> filter.matches(stored.document()));
        return new DocumentPage(page, hasNext, hasPrevious, total);
    }

    @Override
    public CorpusCounts counts() {
        long entities = 0, mentions = 0, quotes = 0, cues = 0, attributions = 0, claims = 0;
        List<StoredDocument> all = list();
        for (StoredDocument stored : all) {
            Document d = stored.document();
            entities += d.entities().size();
            mentions += d.mentions().size();
            quotes += d.quotes().size();
            cues += d.cues().size();
            attributions += d.attributions().size();
            claims += d.claims().size();
        }
        return new CorpusCounts(all.size(), entities, mentions, quotes, cues, attributions, claims);
    }

    @Override
    public String corpusVersion() {
        return epoch + writes.get();
    }

    @Override
    public CorpusQueries corpusQueries() {
        return corpus;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Where the documents come from; an embedded corpus becomes a directory on its first edit. */
    @Override
    public CorpusSource source() {
        return source;
    }

    @Override
    public StoredDocument update(String documentId, long expectedVersion, UnaryOperator<Document> edit, Change change) {
        checkWritable();
        synchronized (lockFor(documentId)) {
            StoredDocument current = StoreChecks.existing(documentId, expectedVersion, documents.get(documentId));
            return publish(current, checks.edited(current, edit.apply(current.document())), change);
        }
    }

    @Override
    public StoredDocument put(Document document, Long expectedVersion, List<Diagnostic> readDiagnostics, Change change) {
        checkWritable();
        synchronized (lockFor(document.id())) {
            StoredDocument current = documents.get(document.id());
            long next = StoreChecks.nextVersionOfPut(document.id(), expectedVersion, current);
            checks.requireValid(document, readDiagnostics);
            return publish(current, new StoredDocument(document, next), change);
        }
    }

    @Override
    public void delete(String documentId, long expectedVersion, Change change) {
        checkWritable();
        synchronized (lockFor(documentId)) {
            StoredDocument current = StoreChecks.existing(documentId, expectedVersion, documents.get(documentId));
            try {
                persistence.remove(documentId);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete document \"" + documentId + "\"", e);
            }
            documents.remove(documentId);
            corpus.remove(documentId);
            source = CorpusSource.DIRECTORY;
            remember(RowDiff.of(current, null).record(documentId, current.version(), 0, change));
            writes.incrementAndGet();
        }
    }

    @Override
    public List<EditRecord> history(String documentId, int limit) {
        return history.of(documentId, limit);
    }

    private StoredDocument publish(StoredDocument current, StoredDocument next, Change change) {
        try {
            persistence.save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write document \"" + next.id() + "\"", e);
        }
        documents.put(next.id(), next);
        corpus.put(next);
        source = CorpusSource.DIRECTORY;
        remember(RowDiff.of(current, next).record(next.id(), current == null ? 0 : current.version(), next.version(), change));
        // counted after the write is visible, before it returns: a read that saw the old count may have
        // seen either state (it ran alongside the write); every read that starts later sees the new count
        writes.incrementAndGet();
        return next;
    }

    /** Records an accepted edit; the edit is already durable, so a history that cannot be written is logged, not thrown. */
    private void remember(EditRecord edit) {
        try {
            history.record(edit);
        } catch (UncheckedIOException e) {
            LOG.error("the edit history could not record {} of \"{}\"", edit.change(), edit.documentId(), e);
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new StoreException.ReadOnly();
        }
    }

    private Object lockFor(String documentId) {
        return locks.computeIfAbsent(documentId, key -> new Object());
    }
}
