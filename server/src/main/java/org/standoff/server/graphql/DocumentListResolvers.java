package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;

/** Resolvers of the {@code Document} type's paginated lists: entities, annotations by kind, span queries. */
final class DocumentListResolvers {

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Document", type -> type
                .dataFetcher("entities", DocumentListResolvers::entities)
                .dataFetcher("mentions", DocumentListResolvers::mentions)
                .dataFetcher("quotes", DocumentListResolvers::quotes)
                .dataFetcher("cues", DocumentListResolvers::cues)
                .dataFetcher("attributions", env -> page(env, document(env).attributions(), a -> true))
                .dataFetcher("claims", DocumentListResolvers::claims)
                .dataFetcher("segments", DocumentListResolvers::segments)
                .dataFetcher("spans", DocumentListResolvers::spans)
                .dataFetcher("annotations", DocumentListResolvers::annotations));
    }

    /** A page of {@code items} that satisfy {@code keep}, as nodes of the source document. */
    static <T> Connection page(DataFetchingEnvironment env, DocumentView view, List<T> items, Function<T, String> id,
                               Predicate<T> keep) {
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (keep.test(item)) {
                kept.add(item);
            }
        }
        return Connection.of(kept, id, view::node, env.getArgument("first"), env.getArgument("after"));
    }

    private static <T extends Annotation> Connection page(DataFetchingEnvironment env, List<T> items, Predicate<T> keep) {
        return page(env, DocumentResolvers.view(env), items, a -> a.id().value(), keep);
    }

    private static Document document(DataFetchingEnvironment env) {
        return DocumentResolvers.view(env).stored().document();
    }

    private static Connection entities(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        EntityType type = Arguments.enumValue(filter, "type", EntityType.class);
        String name = lower(Arguments.string(filter, "nameContains"));
        Predicate<Entity> keep = e -> (type == null || e.entityType() == type)
                && (name == null || lower(e.canonicalName()).contains(name));
        return page(env, DocumentResolvers.view(env), document(env).entities(), e -> e.id().value(), keep);
    }

    private static Connection mentions(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        MentionType type = Arguments.enumValue(filter, "type", MentionType.class);
        String entity = Arguments.string(filter, "entity");
        return page(env, document(env).mentions(), m -> (type == null || m.mentionType() == type)
                && (entity == null || (m.entity() != null && m.entity().value().equals(entity))));
    }

    private static Connection quotes(DataFetchingEnvironment env) {
        DocumentView view = DocumentResolvers.view(env);
        Map<String, Object> filter = env.getArgument("filter");
        QuoteType type = Arguments.enumValue(filter, "type", QuoteType.class);
        String speaker = Arguments.string(filter, "speaker");
        String text = lower(Arguments.string(filter, "text"));
        List<Quote> quotes = speaker == null ? document(env).quotes() : view.lookups().quotesOfEntity(speaker);
        String documentText = document(env).text();
        return page(env, quotes, q -> (type == null || q.quoteType() == type)
                && (text == null || lower(q.coveredText(documentText)).contains(text)));
    }

    private static Connection cues(DataFetchingEnvironment env) {
        String lemma = env.getArgument("lemma");
        return page(env, document(env).cues(), (Cue c) -> lemma == null || lemma.equals(c.lemma()));
    }

    private static Connection claims(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        ClaimType type = Arguments.enumValue(filter, "type", ClaimType.class);
        String claimant = Arguments.string(filter, "claimant");
        Boolean checkworthy = filter == null ? null : (Boolean) filter.get("checkworthy");
        return page(env, document(env).claims(), (Claim c) -> (type == null || c.claimType() == type)
                && (claimant == null || (c.claimant() != null && c.claimant().value().equals(claimant)))
                && (checkworthy == null || c.checkworthy() == checkworthy));
    }

    private static Connection segments(DataFetchingEnvironment env) {
        String type = env.getArgument("type");
        return page(env, document(env).segments(),
                (Segment s) -> type == null || s.segmentType() == SegmentType.valueOf(type));
    }

    private static Connection spans(DataFetchingEnvironment env) {
        String layer = env.getArgument("layer");
        String label = env.getArgument("label");
        List<GenericSpan> candidates = positioned(env, GenericSpan.class, document(env).genericSpans());
        return page(env, candidates, (GenericSpan s) -> (layer == null || layer.equals(s.layer()))
                && (label == null || label.equals(s.label())));
    }

    private static Connection annotations(DataFetchingEnvironment env) {
        List<String> kinds = env.getArgument("kinds");
        List<SpanAnnotation> candidates = positioned(env, SpanAnnotation.class, document(env).spanAnnotations());
        return page(env, candidates, (SpanAnnotation a) -> kinds == null || kinds.contains(Kinds.of(a)));
    }

    /** {@code all} restricted by the {@code position} argument through the span queries, if given. */
    private static <T extends SpanAnnotation> List<T> positioned(DataFetchingEnvironment env, Class<T> kind, List<T> all) {
        DocumentView view = DocumentResolvers.view(env);
        Position position = Position.from(env.getArgument("position"), view.offsets(), view.unit());
        if (position == null) {
            return all;
        }
        List<T> found = new ArrayList<>();
        for (SpanAnnotation annotation : view.stored().derived(SpanQueries.class, SpanQueries::new).find(position)) {
            if (kind.isInstance(annotation)) {
                found.add(kind.cast(annotation));
            }
        }
        return found;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
