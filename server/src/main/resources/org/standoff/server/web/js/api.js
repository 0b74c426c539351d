// The GraphQL calls the page makes. Every span is asked for in UTF16 units, because JavaScript
// strings index UTF-16 code units: then text.slice(start, end) is exactly the annotated text.
import { authorization } from './session.js';

/** A GraphQL error with its extensions.code (CONFLICT, INVALID_ANNOTATION, READ_ONLY ...). */
export class ApiError extends Error {
  constructor(message, code, diagnostics = []) {
    super(message);
    this.code = code;
    this.diagnostics = diagnostics;
  }
}

/**
 * POSTs a query, signed in when a token is kept; answers `data`, or throws an ApiError carrying the
 * first error's code (UNAUTHENTICATED for a token the server refuses).
 */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authorization() },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors && answer.errors.length > 0) {
    const first = answer.errors[0];
    const payload = answer.data ? Object.values(answer.data).find((value) => value && value.errors) : null;
    throw new ApiError(first.message, (first.extensions || {}).code || 'INTERNAL', payload ? payload.errors : []);
  }
  return answer.data;
}

/** Who this tab is: `{name, role}`, name null when not signed in (see Query.viewer). */
export async function loadViewer() {
  return (await graphql('{ viewer { name role } }')).viewer;
}

/** Whether the corpus refuses mutations. */
export async function loadCorpus() {
  return (await graphql('{ corpus { readOnly documentCount } }')).corpus;
}

/**
 * One page of the document list: `first` documents after `after` (a cursor, or null) whose title or
 * text contains `search` (empty: all), each with its counts. Answers {documents, totalCount,
 * endCursor, hasNextPage}, paged the same with or without a search (filter `search`).
 */
export async function loadDocuments(search, first, after) {
  const fields = `totalCount pageInfo { hasNextPage endCursor } edges { node { id title
    mentions(first: 1) { totalCount } quotes(first: 1) { totalCount } claims(first: 1) { totalCount } } }`;
  const page = (connection) => ({
    documents: connection.edges.map(({ node }) => ({ id: node.id, title: node.title, mentions: node.mentions.totalCount,
      quotes: node.quotes.totalCount, claims: node.claims.totalCount })),
    totalCount: connection.totalCount, endCursor: connection.pageInfo.endCursor, hasNextPage: connection.pageInfo.hasNextPage,
  });
  const data = await graphql(`query ($first: Int!, $after: String, $search: String) {
    documents(first: $first, after: $after, filter: {search: $search}) { ${fields} } }`,
  { first, after, search: search || null });
  return page(data.documents);
}

const LISTS = {
  entities: 'id canonicalName entityType metonymy kbIds { kb id }',
  mentions: 'id mentionType fragments { start end } entity { id }',
  quotes: 'id quoteType fragments { start end } verbatim { start end } embeddedIn { id }',
  cues: 'id lemma fragments { start end }',
  attributions: 'id source { id } cue { id } contents { link quote { id } } supplements { role range { start end } } nestedIn { id }',
  claims: 'id claimType checkworthy claimText fragments { start end } claimant { id } attribution { id } quote { id }',
};

function listField(field, paged) {
  return `${field}(first: 100${paged ? ', after: $after' : ''}) {
    pageInfo { hasNextPage endCursor } edges { node { ${LISTS[field]} } } }`;
}

/**
 * A document with its text and all its entities, mentions, quotes, cues, attributions and claims,
 * read in one request; a list longer than a page takes more requests (the lists in parallel, each
 * page after page), and the whole load starts over if the document changed in between.
 */
export async function loadDocument(documentId) {
  const fields = Object.keys(LISTS);
  const rest = async (field, list, version) => {
    const items = list.edges.map((edge) => edge.node);
    while (list.pageInfo.hasNextPage) {
      const next = await graphql(`query ($id: ID!, $after: String) { document(id: $id, unit: UTF16) { version
        ${listField(field, true)} } }`, { id: documentId, after: list.pageInfo.endCursor });
      if (next.document.version !== version) {
        return null;
      }
      list = next.document[field];
      items.push(...list.edges.map((edge) => edge.node));
    }
    return items;
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await graphql(`query ($id: ID!) { document(id: $id, unit: UTF16) { id version title text
      ${fields.map((field) => listField(field, false)).join('\n')} } }`, { id: documentId });
    const doc = { ...first.document };
    const lists = await Promise.all(fields.map((field) => rest(field, doc[field], doc.version)));
    if (lists.every(Boolean)) {
      fields.forEach((field, i) => { doc[field] = lists[i]; });
      return doc;
    }
  }
  throw new ApiError('the document keeps changing while it loads; try again', 'CONFLICT');
}

/** The tokens (segments of type TOKEN) holding the characters at `start` and at `end - 1`: [first, last], each {start, end} or null. */
export async function tokensAt(documentId, start, end) {
  const at = (name) => `${name}: annotations(kinds: [SEGMENT], position: {at: $${name}}, first: 10) {
    edges { node { start end ... on Segment { segmentType } } } }`;
  const data = await graphql(`query ($id: ID!, $first: Int!, $last: Int!) { document(id: $id, unit: UTF16) {
    ${at('first')} ${at('last')} } }`, { id: documentId, first: start, last: end - 1 });
  const token = (connection) => {
    const found = connection.edges.map((edge) => edge.node).find((node) => node.segmentType === 'TOKEN');
    return found ? { start: found.start, end: found.end } : null;
  };
  return [token(data.document.first), token(data.document.last)];
}

/** A quote with its attribution (speaker, cue, content link) and the claims inside it. */
export async function loadQuote(documentId, quoteId) {
  const data = await graphql(`query ($id: ID!, $quote: ID!) { document(id: $id, unit: UTF16) {
    annotation(id: $quote) { ... on Quote { id quoteType text
      speaker { id text entity { id canonicalName } }
      cue { id text lemma }
      attribution { id contents { link quote { id } } }
      claims { id claimType checkworthy claimText claimant { canonicalName } } } } } }`,
  { id: documentId, quote: quoteId });
  return data.document.annotation;
}

const INPUT_TYPES = {
  entity: 'EntityInput', mention: 'MentionInput', quote: 'QuoteInput', cue: 'CueInput',
  attribution: 'AttributionInput', claim: 'ClaimInput',
};

function checked(result) {
  if (result.errors && result.errors.length > 0) {
    throw new ApiError(result.errors[0].message, 'INVALID_ANNOTATION', result.errors);
  }
  return result;
}

/**
 * Runs `op` (create, update or delete) on an annotation or entity of `kind` (entity, mention, quote,
 * cue, attribution, claim) in `documentId` at `expectedVersion`. `payload` is the input (UTF-16
 * offsets) for create and update, the id for delete. Answers {version, id}.
 */
export async function mutate(op, kind, documentId, expectedVersion, payload) {
  const field = op + kind.charAt(0).toUpperCase() + kind.slice(1);
  const variables = { id: documentId, version: expectedVersion, input: payload };
  if (op === 'delete') {
    const data = await graphql(`mutation ($id: ID!, $version: Version!, $input: ID!) {
      result: ${field}(documentId: $id, expectedVersion: $version, id: $input) { version errors { code message subject } } }`,
    variables);
    return { version: checked(data.result).version, id: payload };
  }
  const unit = kind === 'entity' ? '' : ', unit: UTF16';
  const data = await graphql(`mutation ($id: ID!, $version: Version!, $input: ${INPUT_TYPES[kind]}!) {
    result: ${field}(documentId: $id, expectedVersion: $version${unit}, ${kind}: $input) {
      version ${kind} { id } errors { code message subject } } }`, variables);
  const result = checked(data.result);
  return { version: result.version, id: result[kind].id };
}
