package org.standoff.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.RandomDocuments;

/**
 * The validator finds nothing wrong with a random valid document, and reports every defect planted
 * in one — each with its code and the planted annotation as subject — and no error it was not given.
 */
class ValidatorProperties {

    /** One kind of defect: plants itself into a builder and says which diagnostic it must cause. */
    enum Defect {
        DUPLICATE_ID("id.duplicate") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                builder.add(Cue.of(id, 0, 0, null)).add(Cue.of(id, 0, 0, null));
                return id;
            }
        },
        DANGLING_ENTITY("ref.dangling") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                builder.add(Mention.of(id, 0, 0, MentionType.NAME, id + "-nowhere"));
                return id;
            }
        },
        MISTYPED_REFERENCE("ref.type") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                builder.add(Cue.of(id + "-cue", 0, 0, null)).add(Mention.of(id, 0, 0, MentionType.NAME, id + "-cue"));
                return id;
            }
        },
        OUT_OF_RANGE("span.out-of-range") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                int end = doc.text().length();
                builder.add(Cue.of(id, end, end + 3, "say"));
                return id;
            }
        },
        INSIDE_SURROGATE_PAIR("span.surrogate") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                int low = firstLowSurrogate(doc.text());
                if (low < 0) {
                    return null;
                }
                builder.add(Cue.of(id, low, low, "say"));
                return id;
            }
        },
        EMBEDDING_CYCLE("ref.cycle") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                builder.add(new Quote(QuoteId.of(id), Extent.of(0, 0), QuoteType.DIRECT, List.of(), QuoteId.of(id), null));
                return id;
            }
        },
        EMPTY_ATTRIBUTION("attribution.empty") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                builder.add(Attribution.of(id, null, null));
                return id;
            }
        },
        UNDECLARED_LAYER("schema.layer") {
            @Override
            String plant(Document doc, DocumentBuilder builder, String id) {
                builder.add(new GenericSpan(GenericSpanId.of(id), id + "-layer", "X", Extent.of(0, 0), Map.of(), null));
                return id;
            }
        };

        final String code;

        Defect(String code) {
            this.code = code;
        }

        /** Plants the defect with annotations whose ids start with {@code id}; returns the subject, or null if it cannot. */
        abstract String plant(Document doc, DocumentBuilder builder, String id);

        private static int firstLowSurrogate(String text) {
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                    return i;
                }
            }
            return -1;
        }
    }

    @Provide
    Arbitrary<Document> documents() {
        return RandomDocuments.documents();
    }

    @Provide
    Arbitrary<List<Defect>> defects() {
        return Arbitraries.of(Defect.class).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 200)
    void aRandomValidDocumentHasNoErrors(@ForAll("documents") Document doc) {
        assertThat(Validator.validate(doc)).noneMatch(Diagnostic::isError);
    }

    @Property(tries = 300)
    void everyPlantedDefectIsReportedAndNothingElse(@ForAll("documents") Document doc,
                                                   @ForAll("defects") List<Defect> defects) {
        DocumentBuilder builder = doc.toBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < defects.size(); i++) {
            String subject = defects.get(i).plant(doc, builder, "planted-" + i);
            if (subject != null) {
                expected.add(defects.get(i).code + " " + subject);
            }
        }
        List<Diagnostic> found = Validator.validate(builder.build());
        Set<String> errors = found.stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.subject()).collect(Collectors.toSet());
        assertThat(errors).containsExactlyInAnyOrderElementsOf(Set.copyOf(expected));
        assertThat(found.stream().filter(Diagnostic::isError).count()).isEqualTo(expected.size());
    }

    @Property(tries = 100)
    void validationNeverThrowsAndIsDeterministic(@ForAll("documents") Document doc) {
        List<Annotation> annotations = doc.annotations();
        assertThat(Validator.validate(doc)).isEqualTo(Validator.validate(doc.toBuilder().build()));
        assertThat(annotations).hasSameSizeAs(doc.toBuilder().build().annotations());
    }
}
