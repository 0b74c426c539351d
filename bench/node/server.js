// graphql-js 16 on node, serving Standoff's own schema file over the shipped article: the comparison
// of bench/http/run.sh. Resolves the fields of the benchmark's quotes request (a document's quotes
// with their speakers, entities and cues) from the article's standoff JSON, as the real server does:
// offsets and texts in code points, the speaker and cue of the first attribution that holds a quote.
// Every request is parsed, validated and executed, as graphql-js servers (graphql-http) do.
//
// Usage: node bench/node/server.js SCHEMA.graphqls ARTICLE.standoff.json [PORT]
// (port 0, the default, picks a free one); prints "GraphQL http://127.0.0.1:PORT/graphql".
'use strict';
const fs = require('fs');
const http = require('http');
const { buildSchema, graphql } = require('graphql');

const [schemaFile, articleFile, portArg] = process.argv.slice(2);
if (!schemaFile || !articleFile) {
  console.error('usage: node server.js SCHEMA.graphqls ARTICLE.standoff.json [PORT]');
  process.exit(2);
}
const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
const article = JSON.parse(fs.readFileSync(articleFile, 'utf8'));

function documentOf(json) {
  const codepoints = Array.from(json.text);
  const covered = (span) => codepoints.slice(span.start, span.end).join('');
  const byId = (list) => new Map((list || []).map((item) => [item.id, item]));
  const mentions = byId(json.mentions);
  const entities = byId(json.entities);
  const cues = byId(json.cues);
  const attributionOfQuote = new Map();
  for (const attribution of json.attributions || []) {
    for (const content of attribution.contents || []) {
      if (!attributionOfQuote.has(content.quote)) attributionOfQuote.set(content.quote, attribution);
    }
  }
  const quotes = [...(json.quotes || [])]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((quote) => {
      const attribution = attributionOfQuote.get(quote.id);
      const mention = attribution && attribution.source ? mentions.get(attribution.source) : undefined;
      const entity = mention && mention.entity ? entities.get(mention.entity) : undefined;
      const cue = attribution && attribution.cue ? cues.get(attribution.cue) : undefined;
      return {
        text: covered(quote),
        start: quote.start,
        end: quote.end,
        speaker: mention ? { text: covered(mention), entity: entity ? { canonicalName: entity.canonicalName } : null } : null,
        cue: cue ? { text: covered(cue) } : null,
      };
    });
  return {
    quotes: ({ first }) => ({ edges: quotes.slice(0, first).map((node) => ({ node })) }),
  };
}

const documents = new Map([[article.id, documentOf(article)]]);
const rootValue = { document: ({ id }) => documents.get(id) || null };

function answer(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    answer(res, 404, '{"errors":[{"message":"POST /graphql only"}]}');
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      answer(res, 400, '{"errors":[{"message":"the request body is not valid JSON"}]}');
      return;
    }
    const result = await graphql({
      schema,
      source: body.query,
      rootValue,
      variableValues: body.variables,
      operationName: body.operationName,
    });
    answer(res, 200, JSON.stringify(result));
  });
});
server.keepAliveTimeout = 60000;
server.listen(Number(portArg || 0), '127.0.0.1', () => {
  console.log(`GraphQL http://127.0.0.1:${server.address().port}/graphql`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
