package org.standoff.core.agreement;

import java.util.List;

/**
 * Krippendorff's unitizing alpha for one layer over all annotators, the categories being the layer's
 * categorical attribute ({@code Cue} alone for cues), on the document's characters.
 *
 * @param layer      {@code Mention}, {@code Quote}, {@code Cue} or {@code Claim}
 * @param annotators the annotators compared
 * @param alpha      per category and overall
 */
public record AlphaScore(String layer, List<String> annotators, UnitizingAlpha.Result alpha) {
    public AlphaScore {
        annotators = List.copyOf(annotators);
    }
}
