// The loaded document as the page edits it: finding annotations, turning one back into the input
// its create or update mutation takes (so an edit can be undone by the inverse mutation), and the
// attribution each mention, cue and quote belongs to. Offsets are UTF-16 units.

/** The kinds the page edits, with the document list holding each. */
export const LISTS = {
  entity: 'entities', mention: 'mentions', quote: 'quotes', cue: 'cues', attribution: 'attributions', claim: 'claims',
};

/** The span kinds, in the order the keyboard path and the panel list them. */
export const SPAN_KINDS = ['quote', 'mention', 'cue', 'claim'];

/** The annotation or entity `id` of `kind` in `doc`, or undefined. */
export function find(doc, kind, id) {
  return doc[LISTS[kind]].find((item) => item.id === id);
}

/** The kind of the annotation or entity `id` in `doc`, or null. */
export function kindOf(doc, id) {
  return Object.keys(LISTS).find((kind) => find(doc, kind, id)) || null;
}

const ranges = (list) => list.map((range) => ({ start: range.start, end: range.end, unit: 'UTF16' }));
const idOf = (reference) => (reference ? reference.id : null);

const INPUTS = {
  entity: (e) => ({ id: e.id, canonicalName: e.canonicalName, entityType: e.entityType, metonymy: e.metonymy,
    kbIds: (e.kbIds || []).map((k) => ({ kb: k.kb, id: k.id })) }),
  mention: (m) => ({ id: m.id, fragments: ranges(m.fragments), mentionType: m.mentionType, entity: idOf(m.entity) }),
  quote: (q) => ({ id: q.id, fragments: ranges(q.fragments), quoteType: q.quoteType, verbatim: ranges(q.verbatim || []),
    embeddedIn: idOf(q.embeddedIn) }),
  cue: (c) => ({ id: c.id, fragments: ranges(c.fragments), lemma: c.lemma }),
  attribution: (a) => ({ id: a.id, source: idOf(a.source), cue: idOf(a.cue),
    contents: a.contents.map((c) => ({ quote: c.quote.id, link: c.link })),
    supplements: (a.supplements || []).map((s) => ({ role: s.role, start: s.range.start, end: s.range.end })),
    nestedIn: idOf(a.nestedIn) }),
  claim: (c) => ({ id: c.id, fragments: ranges(c.fragments), claimType: c.claimType, checkworthy: c.checkworthy,
    claimText: c.claimText, claimant: idOf(c.claimant), attribution: idOf(c.attribution), quote: idOf(c.quote) }),
};

/** The create or update input that states `item` of `kind` exactly as loaded. */
export function toInput(kind, item) {
  return INPUTS[kind](item);
}

/** The span [start, end) of an annotation: from its first fragment's start to its last fragment's end. */
export function boundsOf(annotation) {
  const fragments = annotation.fragments;
  return { start: fragments[0].start, end: fragments[fragments.length - 1].end };
}

/** The annotations of `kind` whose fragments are exactly [{start, end}]. */
export function sameSpan(doc, kind, range) {
  return doc[LISTS[kind]].filter((a) => a.fragments.length === 1
    && a.fragments[0].start === range.start && a.fragments[0].end === range.end);
}

/** The attributions `id` (a mention, cue or quote) takes part in, each with the role it plays there. */
export function attributionsOf(doc, id) {
  const found = [];
  for (const attribution of doc.attributions) {
    const role = idOf(attribution.source) === id ? 'speaker' : idOf(attribution.cue) === id ? 'cue'
      : attribution.contents.some((c) => c.quote.id === id) ? 'quote' : null;
    if (role) {
      found.push({ attribution, role });
    }
  }
  return found;
}

/** Every span annotation of `doc` as {kind, id, start, end} in document order (start, then longer first). */
export function spanAnnotations(doc) {
  const all = [];
  for (const kind of SPAN_KINDS) {
    for (const annotation of doc[LISTS[kind]]) {
      all.push({ kind, id: annotation.id, ...boundsOf(annotation) });
    }
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end || SPAN_KINDS.indexOf(a.kind) - SPAN_KINDS.indexOf(b.kind));
}

/** The text an annotation covers, its fragments joined by a space. */
export function textOf(doc, annotation) {
  return annotation.fragments.map((fragment) => doc.text.slice(fragment.start, fragment.end)).join(' ');
}

/** A short label: `mention m-jiang-3 “Jiang”`, or an entity's name. */
export function label(doc, kind, id) {
  const item = find(doc, kind, id);
  if (!item) {
    return `${kind} ${id}`;
  }
  if (kind === 'entity') {
    return `entity ${item.canonicalName}`;
  }
  if (kind === 'attribution') {
    return `attribution ${id}`;
  }
  const text = textOf(doc, item);
  return `${kind} ${id} “${text.length > 40 ? text.slice(0, 39) + '…' : text}”`;
}
