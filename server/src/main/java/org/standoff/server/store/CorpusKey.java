package org.standoff.server.store;

import java.util.Comparator;
import java.util.Objects;

/**
 * The place of an annotation in the corpus order that corpus-wide queries answer in: by document id,
 * then in document order (start ascending, end descending, then id). Offsets count code points, so
 * both stores make the same keys. Example: {@code (a, 3, 9, q2) < (a, 3, 5, q1) < (b, 0, 4, q1)}.
 *
 * @param documentId   the document's id
 * @param start        the annotation's start, in code points (of its bounds, when it is discontinuous)
 * @param end          its end, in code points
 * @param annotationId its id
 */
public record CorpusKey(String documentId, int start, int end, String annotationId) implements Comparable<CorpusKey> {
    /** The corpus order. */
    public static final Comparator<CorpusKey> ORDER = Comparator.comparing(CorpusKey::documentId)
            .thenComparingInt(CorpusKey::start)
            .thenComparing(Comparator.comparingInt(CorpusKey::end).reversed())
            .thenComparing(CorpusKey::annotationId);

    public CorpusKey {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(annotationId, "annotationId");
    }

    @Override
    public int compareTo(CorpusKey other) {
        return ORDER.compare(this, other);
    }

    /** The key as one string, {@code start:end:length:documentIdannotationId}, read back by {@link #parse}. */
    public String encode() {
        return start + ":" + end + ":" + documentId.length() + ":" + documentId + annotationId;
    }

    /** The key {@link #encode} wrote; an {@link IllegalArgumentException} naming the text when it is not one. */
    public static CorpusKey parse(String text) {
        try {
            int first = text.indexOf(':');
            int second = text.indexOf(':', first + 1);
            int third = text.indexOf(':', second + 1);
            int length = Integer.parseInt(text.substring(second + 1, third));
            String documentId = text.substring(third + 1, third + 1 + length);
            String annotationId = text.substring(third + 1 + length);
            if (annotationId.isEmpty()) {
                throw new IllegalArgumentException("no annotation id");
            }
            return new CorpusKey(documentId, Integer.parseInt(text.substring(0, first)),
                    Integer.parseInt(text.substring(first + 1, second)), annotationId);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a corpus position: \"" + text + "\"", e);
        }
    }
}
