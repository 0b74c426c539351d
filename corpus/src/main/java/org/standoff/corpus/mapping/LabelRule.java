package org.standoff.corpus.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a span label becomes on import.
 *
 * @param kind        the model kind
 * @param layer       for {@link Kind#SPAN}: the generic layer ({@code null}: the format's default layer)
 * @param mentionType for {@link Kind#MENTION}: {@code NAME}, {@code NOMINAL}, {@code PRONOUN}, {@code LIST}, or
 *                    {@code infer} ({@link MentionTypes}); {@code null} means {@code infer}
 * @param quoteType   for {@link Kind#QUOTE}: {@code DIRECT}, {@code INDIRECT}, {@code MIXED}, or {@code infer}
 *                    ({@link Quotations}); {@code null} means {@code infer}
 * @param entity      for {@link Kind#MENTION}: {@code by-text} gives the NAME and NOMINAL mentions of one document
 *                    that cover the same text one entity named by that text (for data without coreference, so
 *                    that speakers can be counted); {@code null}: mentions get no entity
 * @param lemmas      for {@link Kind#CUE}: a cue's lower-cased text → its lemma ({@code said → say}); a cue whose
 *                    text is not in the table gets no lemma (no guessing); empty: no lemmas
 */
public record LabelRule(Kind kind, String layer, String mentionType, String quoteType, String entity,
                        Map<String, String> lemmas) {
    /** The value of {@code entity} that groups mentions by their text. */
    public static final String BY_TEXT = "by-text";

    /** The value of {@code mentionType} and {@code quoteType} that asks for the type to be inferred from the text. */
    public static final String INFER = "infer";

    public LabelRule {
        Objects.requireNonNull(kind, "kind");
        lemmas = lemmas == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(lemmas));
    }

    /** The model kinds a label can map to. */
    public enum Kind {
        /** A mention (an attribution's source). */
        MENTION,
        /** A cue. */
        CUE,
        /** A quote (an attribution's content). */
        QUOTE,
        /** An event trigger whose only job is to anchor the event: the event becomes the annotation, the span is not kept. */
        TRIGGER,
        /** A generic span in {@code layer}, label kept. */
        SPAN
    }
}
