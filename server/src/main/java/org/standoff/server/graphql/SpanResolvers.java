package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.LightDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Quote;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * Resolvers of the fields every span annotation shares ({@code start}, {@code end}, {@code text},
 * {@code fragments}, {@code kind}), of the other ranges (quote verbatim parts, supplements), and the
 * type resolution of the {@code Annotation} and {@code SpanAnnotation} interfaces.
 */
final class SpanResolvers {
    private static final List<String> SPAN_TYPES = List.of("Segment", "Mention", "Quote", "Cue", "Claim", "GenericSpan");
    private static final NodeFetcher<Annotation> KIND = node -> Kinds.of(node.value());

    void wire(RuntimeWiring.Builder wiring) {
        for (String spanType : SPAN_TYPES) {
            wiring.type(spanType, type -> type
                    .dataFetcher("kind", KIND)
                    .dataFetcher("start", new Bound(false))
                    .dataFetcher("end", new Bound(true))
                    .dataFetcher("text", NodeFetcher.<SpanAnnotation>of(
                            node -> node.value().coveredText(node.document().stored().document().text())))
                    .dataFetcher("fragments", env -> ranges(env, annotation(env).extent().fragments())));
        }
        wiring.type("Attribution", type -> type.dataFetcher("kind", KIND));
        wiring.type("GenericRelation", type -> type.dataFetcher("kind", KIND));
        wiring.type("Quote", type -> type.dataFetcher("verbatim",
                env -> ranges(env, SpanResolvers.<Quote>node(env).value().verbatim())));
        wiring.type("Supplement", type -> type.dataFetcher("range", env -> {
            Node<Supplement> node = node(env);
            return range(env, node.document(), node.value().span());
        }));
        TypeResolver byClass = env -> {
            Node<?> node = env.getObject();
            return (GraphQLObjectType) env.getSchema().getType(Kinds.typeName((Annotation) node.value()));
        };
        wiring.type("Annotation", type -> type.typeResolver(byClass));
        wiring.type("SpanAnnotation", type -> type.typeResolver(byClass));
    }

    static <T> Node<T> node(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static SpanAnnotation annotation(DataFetchingEnvironment env) {
        return (SpanAnnotation) node(env).value();
    }

    /**
     * A span's {@code start} or {@code end} in the field's {@code unit}, or the document view's. A
     * {@link LightDataFetcher}: it makes the field's {@code DataFetchingEnvironment} (to read the
     * argument) only when the query gives some bound a {@code unit} ({@link DocumentView#unitArguments()}).
     */
    private static final class Bound implements LightDataFetcher<Object> {
        private final boolean end;

        Bound(boolean end) {
            this.end = end;
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
            Node<?> node = (Node<?>) source;
            DocumentView view = node.document();
            OffsetUnit unit = view.unitArguments() ? Arguments.unit(env.get(), view) : view.unit();
            Span span = ((SpanAnnotation) node.value()).span();
            return view.offsets().fromUtf16(end ? span.end() : span.start(), unit);
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    }

    private static List<TextRange> ranges(DataFetchingEnvironment env, List<Span> spans) {
        DocumentView view = node(env).document();
        List<TextRange> ranges = new ArrayList<>(spans.size());
        for (Span span : spans) {
            ranges.add(range(env, view, span));
        }
        return ranges;
    }

    private static TextRange range(DataFetchingEnvironment env, DocumentView view, Span span) {
        OffsetUnit unit = Arguments.unit(env, view);
        return view.offsets().range(span, unit);
    }
}
