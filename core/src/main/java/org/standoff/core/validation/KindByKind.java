package org.standoff.core.validation;

import java.util.List;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.SpanAnnotation;

/**
 * A document's annotations list by list, each in document order but not merged. The validator
 * reports findings in the order of {@link Document#spanAnnotations()} and {@link Document#annotations()},
 * which sort every span annotation together; a check whose order matters only for what it reports
 * runs over these lists first, and again over the sorted ones only when it found something. A
 * valid document, the usual case, so never needs the merged, sorted lists.
 */
final class KindByKind {
    private KindByKind() {
    }

    /** The span annotations: the lists that {@link Document#spanAnnotations()} merges. */
    static List<List<? extends SpanAnnotation>> spanAnnotations(Document document) {
        return List.of(document.segments(), document.mentions(), document.quotes(), document.cues(),
                document.claims(), document.genericSpans());
    }

    /** Every annotation: the lists that {@link Document#annotations()} joins. */
    static List<List<? extends Annotation>> annotations(Document document) {
        return List.of(document.segments(), document.mentions(), document.quotes(), document.cues(),
                document.claims(), document.genericSpans(), document.attributions(), document.genericRelations());
    }

    /** The number of annotations, without building {@link Document#annotations()}. */
    static int count(Document document) {
        int count = 0;
        for (List<? extends Annotation> kind : annotations(document)) {
            count += kind.size();
        }
        return count;
    }
}
