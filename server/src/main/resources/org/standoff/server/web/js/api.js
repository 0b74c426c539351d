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

export async function loadCorpus() {
  const data = await graphql(`{ corpus { readOnly }
    documents(first: 100) { edges { node { id title } } } }`);
  return { readOnly: data.corpus.readOnly, documents: data.documents.edges.map((edge) => edge.node) };
}

const LISTS = {
  entities: 'id canonicalName entityType',
  mentions: 'id mentionType fragments { start end } entity { id }',
  quotes: 'id quoteType fragments { start end }',
  cues: 'id lemma fragments { start end }',
};

function listField(field, paged) {
  return `${field}(first: 100${paged ? ', after: $after' : ''}) {
    pageInfo { hasNextPage endCursor } edges { node { ${LISTS[field]} } } }`;
}

/**
 * A document with its text and all its entities, mentions, quotes and cues, read in one request;
 * a list longer than a page takes more requests, and the whole load starts over if the document
 * changed in between.
 */
export async function loadDocument(documentId) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const fields = Object.keys(LISTS);
    const first = await graphql(`query ($id: ID!) { document(id: $id, unit: UTF16) { id version title text
      ${fields.map((field) => listField(field, false)).join('\n')} } }`, { id: documentId });
    const doc = { ...first.document };
    let moved = false;
    for (const field of fields) {
      let list = doc[field];
      doc[field] = list.edges.map((edge) => edge.node);
      while (list.pageInfo.hasNextPage && !moved) {
        const next = await graphql(`query ($id: ID!, $after: String) { document(id: $id, unit: UTF16) { version
          ${listField(field, true)} } }`, { id: documentId, after: list.pageInfo.endCursor });
        moved = next.document.version !== doc.version;
        list = next.document[field];
        doc[field].push(...list.edges.map((edge) => edge.node));
      }
    }
    if (!moved) {
      return doc;
    }
  }
  throw new ApiError('the document keeps changing while it loads; try again', 'CONFLICT');
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

const CREATE = {
  mention: ['createMention', 'mention: $input', 'MentionInput'],
  quote: ['createQuote', 'quote: $input', 'QuoteInput'],
  cue: ['createCue', 'cue: $input', 'CueInput'],
};

/** Creates a mention, quote or cue; `input` has UTF-16 start and end. Answers the new version and id. */
export async function createAnnotation(kind, documentId, expectedVersion, input) {
  const [field, argument, type] = CREATE[kind];
  const data = await graphql(`mutation ($id: ID!, $version: Version!, $input: ${type}!) {
    result: ${field}(documentId: $id, expectedVersion: $version, unit: UTF16, ${argument}) {
      version ${kind} { id } errors { code message subject } } }`, { id: documentId, version: expectedVersion, input });
  return { version: data.result.version, id: data.result[kind].id };
}

/** Creates an entity; answers the new version and the entity's id. */
export async function createEntity(documentId, expectedVersion, canonicalName, entityType) {
  const data = await graphql(`mutation ($id: ID!, $version: Version!, $entity: EntityInput!) {
    result: createEntity(documentId: $id, expectedVersion: $version, entity: $entity) {
      version entity { id } errors { code message subject } } }`,
  { id: documentId, version: expectedVersion, entity: { canonicalName, entityType } });
  return { version: data.result.version, id: data.result.entity.id };
}

const DELETE = { mention: 'deleteMention', quote: 'deleteQuote', cue: 'deleteCue' };

/** Deletes a mention, quote or cue by id; answers the new version. */
export async function deleteAnnotation(kind, documentId, expectedVersion, id) {
  const data = await graphql(`mutation ($id: ID!, $version: Version!, $target: ID!) {
    result: ${DELETE[kind]}(documentId: $id, expectedVersion: $version, id: $target) {
      version errors { code message subject } } }`, { id: documentId, version: expectedVersion, target: id });
  return data.result.version;
}
