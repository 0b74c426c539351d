package org.standoff.corpus.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standoff.core.model.ContentLink;

/**
 * The layer, role and attribute names of the flat form ({@link FlatDocument}): the domain mapping
 * shared by Label Studio, W3C Web Annotation and UIMA CAS JSON (docs/formats/domain-mapping.md).
 */
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

    /** The role of an attribution's content with the given link: {@code content} (EXPLICIT), {@code continuation}, {@code split}. */
    public static String contentRole(ContentLink link) {
        return link == ContentLink.EXPLICIT ? "content" : link.name().toLowerCase(Locale.ROOT);
    }

    /** The link of a content role, or empty when {@code role} names none. */
    public static Optional<ContentLink> contentLink(String role) {
        if (role.equals("content")) {
            return Optional.of(ContentLink.EXPLICIT);
        }
        if (role.equals("continuation")) {
            return Optional.of(ContentLink.CONTINUATION);
        }
        return role.equals("split") ? Optional.of(ContentLink.SPLIT) : Optional.empty();
    }
}
