package org.standoff.server.store;

/**
 * One annotation a corpus-wide query found, with the document version it was found in.
 *
 * @param document     the document version that holds the annotation
 * @param annotationId the annotation's id
 * @param key          its place in the corpus order (a cursor continues after it)
 */
public record CorpusHit(StoredDocument document, String annotationId, CorpusKey key) {
}
