package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
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

    void wire(RuntimeWiring.Builder wiring) {
        for (String spanType : SPAN_TYPES) {
            wiring.type(spanType, type -> type
                    .dataFetcher("kind", SpanResolvers::kind)
                    .dataFetcher("start", env -> offset(env, annotation(env).span().start()))
                    .dataFetcher("end", env -> offset(env, annotation(env).span().end()))
                    .dataFetcher("text", env -> annotation(env).coveredText(text(env)))
                    .dataFetcher("fragments", env -> ranges(env, annotation(env).extent().fragments())));
        }
        wiring.type("Attribution", type -> type.dataFetcher("kind", SpanResolvers::kind));
        wiring.type("GenericRelation", type -> type.dataFetcher("kind", SpanResolvers::kind));
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

    private static String kind(DataFetchingEnvironment env) {
        return Kinds.of((Annotation) node(env).value());
    }

    private static String text(DataFetchingEnvironment env) {
        return node(env).document().stored().document().text();
    }

    private static int offset(DataFetchingEnvironment env, int utf16) {
        DocumentView view = node(env).document();
        return view.offsets().fromUtf16(utf16, Arguments.unit(env, view));
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
