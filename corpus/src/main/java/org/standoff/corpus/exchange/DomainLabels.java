package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;

/**
 * The labels that name Standoff's domain spans in formats whose spans carry one label and nothing
 * else (brat types, doccano labels): the kind, a dash and the type's enum name, exactly as written.
 * Formats whose spans carry a layer and attributes use the flat form instead ({@link FlatLayers}).
 *
 * <pre>
 * Mention(NAME)      ↔ Mention-NAME
 * Quote(DIRECT)      ↔ Quote-DIRECT
 * Cue                ↔ Cue
 * Claim(EVENT)       ↔ Claim-EVENT
 * Segment(SENTENCE)  ↔ Segment-SENTENCE
 * Mention-name, Quote-FOO, Mention → no domain span (the format keeps them generic)
 * </pre>
 */
public final class DomainLabels {
    public static final String MENTION = "Mention";
    public static final String QUOTE = "Quote";
    public static final String CUE = "Cue";
    public static final String CLAIM = "Claim";
    public static final String SEGMENT = "Segment";

    private DomainLabels() {
    }

    /** Every domain label: the mention types, the quote types, {@code Cue}, the claim types, the segment types. */
    public static List<String> all() {
        List<String> labels = new ArrayList<>();
        labels.addAll(of(MENTION, MentionType.values()));
        labels.addAll(of(QUOTE, QuoteType.values()));
        labels.add(CUE);
        labels.addAll(of(CLAIM, ClaimType.values()));
        labels.addAll(of(SEGMENT, SegmentType.values()));
        return labels;
    }

    /** The labels of one kind: {@code of("Quote", QuoteType.values())} is {@code [Quote-DIRECT, Quote-INDIRECT, ...]}. */
    public static List<String> of(String kind, Enum<?>[] types) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> type : types) {
            labels.add(kind + "-" + type.name());
        }
        return labels;
    }

    /** The label of a domain span, or {@code null} for a generic span, which carries its own. */
    public static String of(SpanAnnotation annotation) {
        if (annotation instanceof Mention) {
            return MENTION + "-" + ((Mention) annotation).mentionType().name();
        }
        if (annotation instanceof Quote) {
            return QUOTE + "-" + ((Quote) annotation).quoteType().name();
        }
        if (annotation instanceof Cue) {
            return CUE;
        }
        if (annotation instanceof Claim) {
            return CLAIM + "-" + ((Claim) annotation).claimType().name();
        }
        if (annotation instanceof Segment) {
            return SEGMENT + "-" + ((Segment) annotation).segmentType().name();
        }
        if (annotation instanceof GenericSpan) {
            return null;
        }
        throw new IllegalStateException("unhandled " + annotation);
    }

    /**
     * The domain span {@code label} names, with {@code id} and {@code extent} and every field the label
     * does not give left empty (no entity, lemma, verbatim part, claim link; not checkworthy), or
     * {@code null} when the label names none exactly.
     */
    public static SpanAnnotation span(String id, String label, Extent extent) {
        if (label.equals(CUE)) {
            return new Cue(CueId.of(id), extent, null, null);
        }
        int dash = label.indexOf('-');
        String kind = dash < 0 ? "" : label.substring(0, dash);
        String type = label.substring(dash + 1);
        if (kind.equals(MENTION) && constant(MentionType.class, type) != null) {
            return new Mention(MentionId.of(id), extent, constant(MentionType.class, type), null, null);
        }
        if (kind.equals(QUOTE) && constant(QuoteType.class, type) != null) {
            return new Quote(QuoteId.of(id), extent, constant(QuoteType.class, type), List.of(), null, null);
        }
        if (kind.equals(CLAIM) && constant(ClaimType.class, type) != null) {
            return new Claim(ClaimId.of(id), extent, constant(ClaimType.class, type), false, null, null, null, null, null);
        }
        if (kind.equals(SEGMENT) && constant(SegmentType.class, type) != null) {
            return new Segment(SegmentId.of(id), extent, constant(SegmentType.class, type), null);
        }
        return null;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
