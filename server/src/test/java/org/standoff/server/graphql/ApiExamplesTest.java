package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.EmbeddedCorpus;

/**
 * The examples of docs/API.md, run against a real server over the default corpus; the answers in the
 * file are the answers captured here. The test fails when the file is stale; regenerate it with
 * {@code mvn -B -q -pl server -am verify -Dtest=ApiExamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Dstandoff.writeDocs=true}.
 */
class ApiExamplesTest {
    private static final Path API_MD = Path.of("..", "docs", "API.md");

    @TempDir
    Path data;

    private record Example(String title, String explanation, String query) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("The corpus", "What is served. `source` is EMBEDDED until the first edit copies the article to the data directory.",
                    "{\n  corpus { source readOnly documentCount quoteCount attributionCount claimCount }\n}"),
            new Example("Documents, paginated", "Relay connections everywhere: `first` (0..100, default 20) and `after: endCursor`.",
                    "{\n  documents(first: 1, filter: {language: \"en\"}) {\n    totalCount\n    edges { cursor node { id title version } }\n"
                            + "    pageInfo { hasNextPage endCursor }\n  }\n}"),
            new Example("A document: metadata, fingerprint, lengths and a slice",
                    "Offsets count code points unless a `unit` says otherwise; the article has an em dash, so UTF-8 differs.",
                    "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    title\n    fingerprint { sha256 codepoints utf16 }\n"
                            + "    length\n    utf8Length: length(unit: UTF8)\n    slice(start: 372, end: 475) { start end unit text }\n  }\n}"),
            new Example("Every quote of Jiang Zemin, with its cue",
                    "`quotes(filter: {speaker: <entity id>})`; speaker, entity and cue resolve from the document's in-memory indexes.",
                    "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    quotes(filter: {speaker: \"e-jiang\"}) {\n      totalCount\n"
                            + "      edges { node { id quoteType start end text cue { text lemma } speaker { text entity { canonicalName } } } }\n"
                            + "    }\n  }\n}"),
            new Example("An entity with its mentions, quotes and claims",
                    "Nested lists are connections too; an entity's mentions, quotes and claims are batched by data loaders.",
                    "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    entity(id: \"e-jiang\") {\n      canonicalName entityType wikidata\n"
                            + "      mentions(first: 3) { totalCount edges { node { text mentionType } } }\n"
                            + "      claims(first: 2) { totalCount edges { node { claimType checkworthy claimText } } }\n    }\n  }\n}"),
            new Example("An attribution: source, cue, contents, supplements",
                    "", "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    attributions(first: 1, after: \"aWQ6YTI\") {\n"
                            + "      edges { node { id source { text } cue { text } contents { link quote { text } } supplements { role range { text } } } }\n"
                            + "    }\n  }\n}"),
            new Example("Check-worthy claims of one type",
                    "", "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    claims(first: 3, filter: {checkworthy: true, type: QUANTITY}) {\n"
                            + "      totalCount edges { node { id text claimant { canonicalName } } }\n    }\n  }\n}"),
            new Example("Sentences", "`segments(type: SENTENCE | PARAGRAPH | TOKEN | HEADLINE | BOILERPLATE)`.",
                    "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    segments(type: SENTENCE, first: 2) { totalCount edges { node { start end text } } }\n  }\n}"),
            new Example("Span queries", "Annotations of any kind by position, through the core span index; `... on` picks fields per type.",
                    "{\n  document(id: \"putin-jiang-friendship-treaty-2001\") {\n    annotations(kinds: [MENTION, CUE, QUOTE], position: {at: 466}) {\n"
                            + "      edges { node { id kind text ... on Mention { mentionType } } }\n    }\n  }\n}"),
            new Example("Offsets in UTF-8", "`document(unit: UTF8)` sets the unit of every span below it; a field's own `unit` wins.",
                    "{\n  document(id: \"putin-jiang-friendship-treaty-2001\", unit: UTF8) {\n    quotes(first: 1) { edges { node { start end"
                            + " codepointStart: start(unit: CODEPOINT) text } } }\n  }\n}"),
            new Example("Create a mention", "Every mutation names the version it expects, and answers the new one.",
                    "mutation {\n  createMention(documentId: \"putin-jiang-friendship-treaty-2001\", expectedVersion: 1,\n"
                            + "      mention: {start: 406, end: 413, mentionType: NAME, entity: \"e-russia\"}) {\n"
                            + "    version mention { id text entity { canonicalName } } errors { code message }\n  }\n}"),
            new Example("A stale version is a CONFLICT", "",
                    "mutation {\n  deleteMention(documentId: \"putin-jiang-friendship-treaty-2001\", expectedVersion: 1, id: \"m-jiang-3\") { version }\n}"),
            new Example("An edit that breaks the document is refused", "The validator's new errors come back as `errors`, and nothing is written.",
                    "mutation {\n  deleteMention(documentId: \"putin-jiang-friendship-treaty-2001\", expectedVersion: 2, id: \"m-jiang-3\") {\n"
                            + "    version errors { code severity subject message }\n  }\n}"),
            new Example("The exchange formats", "What `importDocument(format:)` and `export(format:)` accept (docs/FORMATS.md).",
                    "{\n  formats { name canImport canExport }\n}"),
            new Example("Import brat files",
                    "Multi-file formats take `files`; one file goes in `content`. These offsets count UTF-8 bytes, not brat's code"
                            + " points: every covered text verifies that way, so the unit is detected and reported.",
                    "mutation {\n  importDocument(format: \"brat\", files: [\n      {name: \"zoe.txt\", content: \"Zo\u00eb said: \\\"We ship"
                            + " today.\\\"\"},\n      {name: \"zoe.ann\", content: \"T1\\tPerson 0 4\\tZo\u00eb\\nT2\\tQuote 11 27\\t\\\"We"
                            + " ship today.\\\"\\n\"}]) {\n    version\n    documents { id version }\n"
                            + "    diagnostics { severity code message subject location { file line column } }\n    errors { code }\n  }\n}"),
            new Example("Export a document", "The files a format writes, and a warning for everything it cannot carry.",
                    "{\n  document(id: \"zoe\") {\n    export(format: \"brat\") {\n      files { name content }\n"
                            + "      diagnostics { severity code message subject }\n    }\n  }\n}"),
            new Example("An unknown format is a BAD_REQUEST", "`extensions.formats` lists the formats that can.",
                    "{\n  document(id: \"zoe\") { export(format: \"tei\") { format } }\n}"),
            new Example("Import a second article",
                    "`standoffJson` takes a standoff JSON document as it is; a GraphQL block string keeps its quotes as they are."
                            + " Its Putin has another entity id and name than the article's, and the same Wikidata id.",
                    """
                            mutation {
                              importDocument(standoffJson: \"""
                                {"format": "standoff/1", "id": "putin-brief", "offsetUnit": "codepoint",
                                 "text": "Putin told reporters: \\"Relations are excellent.\\"",
                                 "entities": [{"id": "p", "canonicalName": "Vladimir V. Putin", "entityType": "PERSON",
                                               "kbIds": {"wikidata": "Q7747"}}],
                                 "mentions": [{"id": "m1", "start": 0, "end": 5, "mentionType": "NAME", "entity": "p"}],
                                 "cues": [{"id": "c1", "start": 6, "end": 10, "lemma": "tell"}],
                                 "quotes": [{"id": "q1", "start": 22, "end": 48, "quoteType": "DIRECT"}],
                                 "attributions": [{"id": "a1", "source": "m1", "cue": "c1",
                                                   "contents": [{"quote": "q1", "link": "EXPLICIT"}]}]}
                                \""") {
                                version documents { id } errors { code message }
                              }
                            }"""),
            new Example("Corpus-wide: one speaker's quotes across documents",
                    "`quotes` lists the quotes of every document, by document id and then in document order; filters combine."
                            + " Entities of different documents with one Wikidata id are one speaker (`corpusId`); each node carries"
                            + " its `document`.",
                    "{\n  quotes(first: 3, filter: {speaker: {wikidata: \"Q7747\"}}) {\n    totalCount\n"
                            + "    edges { node { text cue { lemma } speaker { entity { canonicalName corpusId } } document { id } } }\n"
                            + "    pageInfo { hasNextPage endCursor }\n  }\n}"),
            new Example("Corpus-wide counts, grouped in the store",
                    "`groupBy(by:)` on a corpus-wide connection counts what its filter selects: which cue lemmas introduce"
                            + " Jiang Zemin's quotes, the claim types, who is quoted most. `first: 0` asks for no edges. Counts by"
                            + " type and by check-worthiness, alone or under a type or check-worthiness filter, are kept by every write"
                            + " and read in constant time whatever the corpus's size; the other groupings count the rows their filter"
                            + " selects (docs/SCALING.md, \"Corpus-wide queries\").",
                    "{\n  jiang: quotes(first: 0, filter: {speaker: {wikidata: \"Q16597\"}}) {\n"
                            + "    totalCount groupBy(by: CUE_LEMMA, first: 3) { key count }\n  }\n"
                            + "  claims(first: 0) { groupBy(by: TYPE, first: 3) { key count } }\n"
                            + "  speakers: quotes(first: 0) { groupBy(by: SPEAKER, first: 3) { key label count } }\n}"),
            new Example("Corpus-wide: check-worthy claims of one type",
                    "", "{\n  claims(first: 2, filter: {type: QUANTITY, checkworthy: true}) {\n"
                            + "    totalCount edges { node { text claimant { canonicalName } document { id } } }\n  }\n}"),
            new Example("Entities across the corpus, and where they are mentioned",
                    "`entities` answers one node per `corpusId`, counting over every document that has it;"
                            + " `mentions(...) { groupBy(by: DOCUMENT) }` says where.",
                    "{\n  entities(filter: {name: \"putin\"}) {\n    totalCount\n"
                            + "    edges { node { corpusId canonicalName entityType documentCount mentionCount quoteCount claimCount\n      documents(first: 3) { key count } } }\n  }\n"
                            + "  mentions(first: 0, filter: {entity: {wikidata: \"Q7747\"}}) { groupBy(by: DOCUMENT) { key count } }\n}"),
            new Example("Errors carry a code", "", "{\n  document(id: \"no-such-document\") { id }\n}"));

    @Test
    void apiDocumentationShowsRealAnswers() throws IOException {
        StringBuilder doc = new StringBuilder(header());
        try (TestServer server = TestServer.over(EmbeddedCorpus.open(data, false), ServerConfig.DEFAULT)) {
            int n = 1;
            for (Example example : EXAMPLES) {
                JsonNode answer = server.graphql(example.query());
                doc.append("### ").append(n++).append(". ").append(example.title()).append("\n\n");
                if (!example.explanation().isEmpty()) {
                    doc.append(example.explanation()).append("\n\n");
                }
                doc.append("```graphql\n").append(example.query()).append("\n```\n\n");
                doc.append("```json\n").append(answer.toPrettyString()).append("\n```\n\n");
            }
        }
        doc.append(footer());
        String generated = doc.toString();
        if (Boolean.getBoolean("standoff.writeDocs")) {
            Files.writeString(API_MD, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(API_MD)).as("docs/API.md exists").isTrue();
        assertThat(Files.readString(API_MD, StandardCharsets.UTF_8))
                .as("docs/API.md is stale; regenerate it with -Dstandoff.writeDocs=true (see ApiExamplesTest)")
                .isEqualTo(generated);
    }

    private static String header() {
        return String.join("\n", List.of(
                "# Standoff GraphQL API",
                "",
                "<!-- Generated by server/src/test/java/org/standoff/server/graphql/ApiExamplesTest.java: every answer below",
                "     was captured from a running server over the default corpus. Do not edit by hand. -->",
                "",
                "The schema is one file, [`schema.graphqls`](../server/src/main/resources/org/standoff/server/graphql/schema.graphqls),",
                "with descriptions on its types and fields; GraphiQL (`/graphiql`) browses it. Start a server with",
                "`java -jar server/target/standoff.jar serve` (see [SERVER.md](SERVER.md)) and POST",
                "`{\"query\": …, \"variables\": …}` as `application/json` to `/graphql` (GET works for queries).",
                "",
                "## Conventions",
                "",
                "- **Offsets** are half-open `[start, end)`. They count Unicode code points unless asked otherwise:",
                "  `document(id:, unit: UTF16 | UTF8 | CODEPOINT)` sets the unit below it, a span field's own",
                "  `start(unit:)` / `end(unit:)` / `fragments(unit:)` wins. Every span also answers its covered `text`.",
                "  Input offsets (`slice`, `position`, mutation inputs) count in the given `unit`; an offset inside a",
                "  character or outside the text is a BAD_REQUEST.",
                "- **Lists** are Relay connections: `first` (0..100, default 20), `after` (an opaque cursor),",
                "  `edges { cursor node }`, `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`, `totalCount`.",
                "  Span annotations come in document order; entities and attributions in file order; documents by id.",
                "- **Position filters** (`annotations(position:)`, `spans(position:)`) use core's `SpanRelations`:",
                "  `covering`, `coveredBy`, `overlapping` a range, `at` a point; several combine with AND.",
                "- **Mutations** take `documentId` and `expectedVersion`; a moved version is a CONFLICT. The edited",
                "  document is validated first; new ERROR diagnostics refuse the edit (payload `errors` + an",
                "  INVALID_ANNOTATION error). A success is on disk before it is answered and returns the new `version`.",
                "  `create*` picks an id (`m12`, `q3` ...) when none is given; `update*` replaces the whole annotation.",
                "- **Exchange formats** (brat, Label Studio, UIMA CAS JSON, doccano, W3C, CoNLL, standoff, JSON Lines):",
                "  `importDocument(format:, content: | files:, offsetUnit:, text:, documentId:)` reads files, refusing the",
                "  whole import on any ERROR and answering every `diagnostics` entry with its file and location;",
                "  `Document.export(format:, offsetUnit:, predictions:)` answers the `files` and the `export.loss`",
                "  warnings; `formats` lists them. The formats and what each carries are in [FORMATS.md](FORMATS.md).",
                "- **Corpus-wide queries**: `quotes`, `claims`, `mentions` (filter by speaker / claimant / entity, cue lemma,",
                "  type, check-worthiness, text, document) list annotations of every document, by document id and then in",
                "  document order, each node with its `document`; `totalCount` and `groupBy(by: SPEAKER | CUE_LEMMA | TYPE |",
                "  DOCUMENT …)` are counted by the store. `entities` lists one node per corpus identity. Entities of different",
                "  documents are one speaker when they share a Wikidata id (`kbIds.wikidata`), else an explicit corpus link",
                "  (`kbIds.corpus`); otherwise each is its own document's: `Entity.corpusId` says which. A quote's speaker is",
                "  the source mention's entity of its first attribution; group entities are not expanded into their members.",
                "  A corpus-wide list costs 100 per item asked in the query cost. The indexes behind them are in [SCALING.md](SCALING.md).",
                "- **Agreement**: `agreement(documentIds: [ID!]!, unit:)` compares 2 to 10 documents that are annotators'",
                "  copies of one text: span P/R/F1, attribution triples, claims, kappa, unitizing alpha and every",
                "  disagreement in context, the figures `standoff agree` prints ([AGREEMENT.md](AGREEMENT.md)).",
                "- **Copies and curation**: `assignDocument(documentId:, annotators:)` (curator) gives each annotator an own",
                "  copy `ID~annotator`, edited with the ordinary mutations by its annotator only; `setCopyState`,",
                "  `copies(documentId:)` and `document(id:, annotator:)` follow them; `curation(documentId:)` aligns the copies",
                "  and `curate(documentId:, expectedVersion:, accept:)` (curator) writes the curated document under `ID`",
                "  ([AGREEMENT.md](AGREEMENT.md)).",
                "",
                "## Error codes",
                "",
                "Every error has `extensions.code`:",
                "",
                "| code | when |",
                "|---|---|",
                "| `BAD_REQUEST` | the body is not JSON / not an object / `query` not a string, or a GET query string that is not UTF-8 (HTTP 400); a POST whose Content-Type is not `application/json` (415); a GET whose text holds any mutation, whatever the operation name (405); bad cursor, offsets outside the text or inside a character, malformed input; a lone surrogate in any string of the request (query, operation name, variables at any depth), refused before anything runs with `extensions.pointer` naming where, e.g. `/variables/lemma` |",
                "| `GRAPHQL_PARSE_FAILED` | the query is not GraphQL |",
                "| `GRAPHQL_VALIDATION_FAILED` | the query does not fit the schema, or a variable its type |",
                "| `NOT_FOUND` | no document or annotation with that id |",
                "| `CONFLICT` | `expectedVersion` is not the document's version (`extensions.expectedVersion`, `actualVersion`) |",
                "| `INVALID_ANNOTATION` | the edit would add validation errors; they are in the payload's `errors` |",
                "| `LIMIT_EXCEEDED` | depth, cost, aliases of one field, answer size, page size, parser tokens, execution time (writing the answer included), introspection not in good faith, body size (HTTP 413), body time (HTTP 408); a corpus-wide query whose database statement runs over 10 s (PostgreSQL store: narrow its filter) |",
                "| `UNAUTHENTICATED` | the operation needs a signed-in account and the request has no token; also the whole"
                        + " request's code (HTTP 401) when its token is malformed, unknown or revoked ([SECURITY.md](SECURITY.md)) |",
                "| `FORBIDDEN` | the signed-in account's role does not allow the operation; also the whole request's code"
                        + " (HTTP 403) when its `Host` is not served (add it with `--allowed-host`) or a POST's `Origin` is"
                        + " neither the server's own nor a `--cors-origin` |",
                "| `READ_ONLY` | the server runs with `--read-only` |",
                "| `UNAVAILABLE` | the database (`serve --db`) cannot be reached now; nothing was written; retry later |",
                "| `PERSISTED_QUERY_NOT_FOUND` | the request names its query by `extensions.persistedQuery.sha256Hash` alone"
                        + " and the server does not know that hash (message `PersistedQueryNotFound`): send the query text"
                        + " with the hash once ([SERVER.md](SERVER.md#persisted-queries)); a text that is not the hash's is"
                        + " `BAD_REQUEST` (400) |",
                "| `INTERNAL` | a failure inside the server; the answer says only \"Internal server error\" |",
                "",
                "## Examples",
                "",
                "Run in this order against a fresh default corpus (the mutations build on each other).",
                "",
                ""));
    }

    private static String footer() {
        return String.join("\n", List.of(
                "## Data loader statistics",
                "",
                "Send `\"extensions\": {\"statistics\": true}` with a request to get the data loaders' counters in the",
                "answer's `extensions.dataLoaderStatistics` (`loadCount`, `batchInvokeCount`, `cacheHitCount` ...).",
                "")) + polnear();
    }

    /**
     * The PolNeAR section (issue 23): answers captured by hand from a PolNeAR corpus served from the
     * directory store and from PostgreSQL, which the repository does not hold; kept verbatim in
     * {@code api-polnear.md} next to this class.
     */
    private static String polnear() {
        try (java.io.InputStream in = ApiExamplesTest.class.getResourceAsStream("api-polnear.md")) {
            return "\n" + new String(java.util.Objects.requireNonNull(in, "api-polnear.md").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
