package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Entity;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.CorpusEntity;
import org.standoff.server.store.CorpusFilter;
import org.standoff.server.store.CorpusGroup;
import org.standoff.server.store.CorpusHit;
import org.standoff.server.store.CorpusIdentity;
import org.standoff.server.store.CorpusKey;
import org.standoff.server.store.CorpusKind;
import org.standoff.server.store.CorpusPage;
import org.standoff.server.store.EntityMatch;
import org.standoff.server.store.EntityPage;
import org.standoff.server.store.GroupCount;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoredDocument;

/**
 * Resolvers of the corpus-wide root fields ({@code quotes}, {@code claims}, {@code mentions},
 * {@code entities}), their connections' {@code totalCount} and {@code groupBy} (asked of the store
 * only when selected), and the {@code document} and {@code corpusId} of the nodes they answer. Every
 * filter and count is the store's ({@link org.standoff.server.store.CorpusQueries}); the nodes are
 * the ordinary {@code Quote}, {@code Claim}, {@code Mention} of their document version.
 */
final class CorpusQueryResolvers {
    private final Store store;

    CorpusQueryResolvers(Store store) {
        this.store = store;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("quotes", env -> find(env, CorpusKind.QUOTES, "speaker"))
                .dataFetcher("claims", env -> find(env, CorpusKind.CLAIMS, "claimant"))
                .dataFetcher("mentions", env -> find(env, CorpusKind.MENTIONS, "entity"))
                .dataFetcher("entities", this::entities));
        for (String connection : List.of("CorpusQuoteConnection", "CorpusClaimConnection", "CorpusMentionConnection")) {
            wiring.type(connection, type -> type
                    .dataFetcher("totalCount", this::totalCount)
                    .dataFetcher("groupBy", this::groupBy));
        }
        wiring.type("CorpusEntity", type -> type.dataFetcher("documents", this::entityDocuments));
        wiring.type("CorpusEntityConnection", type -> type.dataFetcher("totalCount",
                env -> Math.toIntExact(store.corpusQueries().countEntities(((EntityListing) env.getSource()).filter()))));
        for (String node : List.of("Quote", "Claim", "Mention", "Entity")) {
            wiring.type(node, type -> type.dataFetcher("document", env -> SpanResolvers.node(env).document()));
        }
        wiring.type("Entity", type -> type.dataFetcher("corpusId", env -> {
            Node<Entity> node = SpanResolvers.node(env);
            return CorpusIdentity.corpusId(node.document().stored().id(), node.value());
        }));
    }

    /** The source of a {@code CorpusEntityConnection}. */
    record EntityListing(List<Connection.Edge> edges, Connection.PageInfo pageInfo, CorpusFilter filter) {
    }

    private CorpusConnection find(DataFetchingEnvironment env, CorpusKind kind, String entityField) {
        Map<String, Object> arguments = env.getArgument("filter");
        CorpusFilter filter = filter(arguments, entityField);
        int first = Connection.pageSize(env.getArgument("first"));
        String after = env.getArgument("after");
        CorpusKey from = after == null ? null : key(after);
        CorpusPage page = store.corpusQueries().find(kind, filter, first, from);
        OffsetUnit unit = OffsetUnit.valueOf(env.getArgument("unit"));
        boolean unitArguments = UnitArguments.onBounds(env.getDocument());
        Map<StoredDocument, DocumentView> views = new HashMap<>();
        List<Connection.Edge> edges = new ArrayList<>(page.hits().size());
        for (CorpusHit hit : page.hits()) {
            DocumentView view = views.computeIfAbsent(hit.document(), stored -> new DocumentView(stored, unit, unitArguments));
            Object annotation = hit.document().document().annotation(hit.annotationId()).orElseThrow();
            edges.add(new Connection.Edge(Connection.cursor(hit.key().encode()), view.node(annotation)));
        }
        return new CorpusConnection(edges, pageInfo(edges, page.hasNext(), after), kind, filter);
    }

    private EntityListing entities(DataFetchingEnvironment env) {
        Map<String, Object> arguments = env.getArgument("filter");
        CorpusFilter filter = new CorpusFilter(match(arguments), Arguments.string(arguments, "type"), null, null, null,
                Arguments.string(arguments, "document"));
        String after = env.getArgument("after");
        EntityPage page = store.corpusQueries().entities(filter, Connection.pageSize(env.getArgument("first")),
                after == null ? null : Connection.decode(after));
        List<Connection.Edge> edges = new ArrayList<>();
        for (CorpusEntity entity : page.entities()) {
            edges.add(new Connection.Edge(Connection.cursor(entity.corpusId()), entity));
        }
        return new EntityListing(edges, pageInfo(edges, page.hasNext(), after), filter);
    }

    /** A corpus entity's documents: its mentions counted by document, in the store like every other grouping. */
    private List<GroupCount> entityDocuments(DataFetchingEnvironment env) {
        CorpusEntity entity = env.getSource();
        CorpusFilter mentionsOf = CorpusFilter.ALL.withEntity(new EntityMatch(entity.corpusId(), null, null, null));
        return store.corpusQueries().groups(CorpusKind.MENTIONS, mentionsOf, CorpusGroup.DOCUMENT,
                Connection.pageSize(env.getArgument("first")));
    }

    private static Connection.PageInfo pageInfo(List<Connection.Edge> edges, boolean hasNext, String after) {
        return new Connection.PageInfo(hasNext, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }

    private int totalCount(DataFetchingEnvironment env) {
        CorpusConnection connection = env.getSource();
        return Math.toIntExact(store.corpusQueries().count(connection.kind(), connection.filter()));
    }

    private List<GroupCount> groupBy(DataFetchingEnvironment env) {
        CorpusConnection connection = env.getSource();
        String by = env.getArgument("by");
        CorpusGroup group = "SPEAKER".equals(by) || "CLAIMANT".equals(by) ? CorpusGroup.ENTITY : CorpusGroup.valueOf(by);
        return store.corpusQueries().groups(connection.kind(), connection.filter(), group,
                Connection.pageSize(env.getArgument("first")));
    }

    private static CorpusFilter filter(Map<String, Object> arguments, String entityField) {
        return new CorpusFilter(match(Arguments.object(arguments, entityField)), Arguments.string(arguments, "type"),
                Arguments.string(arguments, "cueLemma"), arguments == null ? null : (Boolean) arguments.get("checkworthy"),
                Arguments.string(arguments, "text"), Arguments.string(arguments, "document"));
    }

    private static EntityMatch match(Map<String, Object> arguments) {
        return new EntityMatch(Arguments.string(arguments, "corpusId"), Arguments.string(arguments, "wikidata"),
                Arguments.string(arguments, "id"), Arguments.string(arguments, "name"));
    }

    private static CorpusKey key(String cursor) {
        try {
            return CorpusKey.parse(Connection.decode(cursor));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"" + cursor + "\" is not a cursor of a corpus-wide list");
        }
    }
}
