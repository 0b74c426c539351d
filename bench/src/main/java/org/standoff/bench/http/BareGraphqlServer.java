package org.standoff.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.Corpus;

/**
 * The ceiling of the HTTP + GraphQL stack for one read request: a bare Javalin + graphql-java server
 * that serves only the fields of a document's quotes with their speakers and cues,
 *
 * <pre>{@code
 * { document(id: "…") { quotes(first: 50) { edges { node {
 *     text start end speaker { text entity { canonicalName } } cue { text } } } } } }
 * }</pre>
 *
 * <p>from maps made once at start-up from the shipped article ({@link Corpus#shipped()}). Everything
 * the real server adds is left out on purpose: no limits or instrumentation, no data loaders, no
 * query validation (the query is parsed, never validated), no store, versions or persistence, no
 * error mapping. Field names, nesting and offsets (code points) are those of the real schema, so
 * both servers answer the request with the same bytes; {@code bench/http/run.sh} checks that.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.standoff.bench.http.BareGraphqlServer [PORT]}
 * (port 0, the default, picks a free one); prints {@code GraphQL http://127.0.0.1:PORT/graphql} and
 * serves until stopped.
 */
public final class BareGraphqlServer {
    private static final String SCHEMA = """
            type Query { document(id: ID!): Document }
            type Document { quotes(first: Int = 20): QuoteConnection! }
            type QuoteConnection { edges: [QuoteEdge!]! }
            type QuoteEdge { node: Quote! }
            type Quote { text: String! start: Int! end: Int! speaker: Mention cue: Cue }
            type Mention { text: String! entity: Entity }
            type Entity { canonicalName: String! }
            type Cue { text: String! }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private BareGraphqlServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Map<String, List<Map<String, Object>>> quotesByDocument = new HashMap<>();
        for (Document document : Corpus.shipped().documents()) {
            quotesByDocument.put(document.id(), quoteMaps(document));
        }
        GraphQL graphQL = graphQL(quotesByDocument);
        Javalin app = Javalin.create(javalin -> {
            javalin.jetty.host = "127.0.0.1";
            javalin.jetty.port = port;
            javalin.startup.showJavalinBanner = false;
            javalin.routes.post("/graphql", ctx -> post(ctx, graphQL));
        });
        app.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-shutdown"));
        System.out.println("GraphQL http://127.0.0.1:" + app.port() + "/graphql");
        System.out.flush();
    }

    /** The schema wired to the maps; the default property fetcher reads every field but two. */
    static GraphQL graphQL(Map<String, List<Map<String, Object>>> quotesByDocument) {
        DataFetcher<Object> document = env -> {
            List<Map<String, Object>> quotes = quotesByDocument.get((String) env.getArgument("id"));
            return quotes == null ? null : Map.of("quotes", quotes);
        };
        DataFetcher<Object> quotes = env -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> all = (List<Map<String, Object>>) ((Map<String, Object>) env.getSource()).get("quotes");
            int first = env.getArgument("first");
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Map<String, Object> quote : all.subList(0, Math.min(first, all.size()))) {
                edges.add(Map.of("node", quote));
            }
            return Map.of("edges", edges);
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("document", document))
                .type("Document", type -> type.dataFetcher("quotes", quotes))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema)
                // parse only: no validation
                .preparsedDocumentProvider((input, parseAndValidate) ->
                        CompletableFuture.completedFuture(new PreparsedDocumentEntry(ParseAndValidate.parse(input).getDocument())))
                .build();
    }

    private static void post(Context ctx, GraphQL graphQL) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(ctx.bodyAsBytes(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) body.getOrDefault("variables", Map.of());
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query((String) body.get("query"))
                .operationName((String) body.get("operationName"))
                .variables(variables == null ? Map.of() : variables)
                .build();
        ExecutionResult result = graphQL.execute(input);
        ctx.contentType("application/json").result(JSON.writeValueAsBytes(result.toSpecification()));
    }

    /**
     * The document's quotes, in document order, as the maps the schema reads: the speaker and cue are
     * those of the first attribution whose contents hold the quote (as the real server resolves them).
     */
    static List<Map<String, Object>> quoteMaps(Document document) {
        String text = document.text();
        Map<String, Attribution> attributionOfQuote = new HashMap<>();
        for (Attribution attribution : document.attributions()) {
            for (Attribution.Content content : attribution.contents()) {
                attributionOfQuote.putIfAbsent(content.quote().value(), attribution);
            }
        }
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Quote quote : document.quotes()) {
            Map<String, Object> map = span(document, quote);
            Attribution attribution = attributionOfQuote.get(quote.id().value());
            Mention speaker = attribution == null || attribution.source() == null
                    ? null : document.mention(attribution.source()).orElse(null);
            if (speaker != null) {
                Map<String, Object> mention = new HashMap<>();
                mention.put("text", speaker.coveredText(text));
                Entity entity = speaker.entity() == null ? null : document.entity(speaker.entity()).orElse(null);
                mention.put("entity", entity == null ? null : Map.of("canonicalName", entity.canonicalName()));
                map.put("speaker", mention);
            }
            if (attribution != null && attribution.cue() != null) {
                document.cue(attribution.cue()).ifPresent(cue -> map.put("cue", Map.of("text", cue.coveredText(text))));
            }
            quotes.add(map);
        }
        return quotes;
    }

    private static Map<String, Object> span(Document document, SpanAnnotation annotation) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", annotation.coveredText(document.text()));
        map.put("start", document.offsets().fromUtf16(annotation.span().start(), OffsetUnit.CODEPOINT));
        map.put("end", document.offsets().fromUtf16(annotation.span().end(), OffsetUnit.CODEPOINT));
        return map;
    }
}
