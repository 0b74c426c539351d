package org.standoff.corpus.interop.internal;

import java.util.List;

/** The layer, role and attribute names of the domain mapping shared by the annotators' formats. */
public final class FlatLayers {
    public static final String QUOTE = "quote";
    public static final String MENTION = "mention";
    public static final String CUE = "cue";
    public static final String CLAIM = "claim";
    public static final String SEGMENT = "segment";
    public static final String SUPPLEMENT = "supplement";
    public static final String ATTRIBUTION = "attribution";

    /** The label of every cue and every attribution. */
    public static final String CUE_LABEL = "CUE";
    public static final String ATTRIBUTION_LABEL = "ATTRIBUTION";

    public static final String SOURCE = "source";
    public static final String CUE_ROLE = "cue";
    public static final String NESTED_IN = "nestedIn";

    /** The span layers of the domain, in the order files list them. */
    public static final List<String> SPAN_LAYERS = List.of(SEGMENT, MENTION, QUOTE, CUE, CLAIM, SUPPLEMENT);

    private FlatLayers() {
    }

    /** Whether {@code layer} is one of the domain's span layers. */
    public static boolean isDomainSpanLayer(String layer) {
        return SPAN_LAYERS.contains(layer);
    }
}
