package org.standoff.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Validator;

/** The random documents are what {@link RandomDocuments} promises: valid, on code-point boundaries. */
class RandomDocumentsTest {

    @Property(tries = 300)
    void randomDocumentsHaveNoValidationErrors(@ForAll("documents") Document document) {
        assertThat(Validator.validate(document)).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Property(tries = 300)
    void everySpanLiesOnCodePointBoundaries(@ForAll("documents") Document document) {
        String text = document.text();
        for (SpanAnnotation annotation : document.spanAnnotations()) {
            annotation.extent().fragments().forEach(span -> {
                assertThat(span.end()).isLessThanOrEqualTo(text.length());
                assertThat(isBoundary(text, span.start()) && isBoundary(text, span.end())).isTrue();
            });
        }
    }

    private static boolean isBoundary(String text, int offset) {
        return offset == 0 || offset == text.length()
                || !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Document> documents() {
        return RandomDocuments.documents();
    }
}
