// Renders a document's text as segments: one <span> per piece between annotation boundaries,
// carrying the ids of the annotations that cover it. The text itself goes in as textContent.
import { el, fill } from './dom.js';
import { segment } from './segments.js';

const KINDS = ['quote', 'mention', 'cue', 'claim'];
const LIST = { quote: 'quotes', mention: 'mentions', cue: 'cues', claim: 'claims' };
const TYPE = { quote: (q) => q.quoteType, mention: (m) => m.mentionType, cue: () => 'CUE', claim: (c) => c.claimType };

/** The span annotations of a loaded document as spans {id, kind, type, start, end}, one per fragment. */
export function spansOf(doc) {
  const spans = [];
  for (const kind of KINDS) {
    for (const annotation of doc[LIST[kind]]) {
      for (const fragment of annotation.fragments) {
        spans.push({ id: annotation.id, kind, type: TYPE[kind](annotation), start: fragment.start, end: fragment.end });
      }
    }
  }
  return spans;
}

function classesOf(spans) {
  const classes = ['seg'];
  for (const span of spans) {
    classes.push(span.kind, span.kind === 'quote' ? 'q-' + span.type.toLowerCase() : null);
  }
  if (spans.filter((span) => span.kind === 'mention').length > 1) {
    classes.push('nested');
  }
  return [...new Set(classes.filter(Boolean))].join(' ');
}

function idsOf(spans, kind) {
  return spans.filter((span) => span.kind === kind).map((span) => span.id).join(' ') || null;
}

/** A chunk holds at least this many UTF-16 units, up to the next paragraph break. */
export const CHUNK = 2000;

/** Where chunks of `text` start: 0, then after a blank line at least CHUNK units on. */
export function chunkStarts(text) {
  const starts = [0];
  const breaks = /\n\s*\n/g;
  let found;
  while ((found = breaks.exec(text)) !== null) {
    const after = found.index + found[0].length;
    if (after - starts[starts.length - 1] >= CHUNK && after < text.length) {
      starts.push(after);
    }
  }
  return starts;
}

/**
 * Renders `doc` into `root` (a pre-wrap element) as chunks (div.chunk, cut after a blank line every
 * CHUNK units or so; the browser lays out only the chunks in view, `content-visibility: auto`) of
 * segments. Each chunk and segment has data-start and data-end (UTF-16 offsets); each segment a
 * span with data-quotes, data-mentions, data-cues, data-claims (ids). A segment where a quote starts
 * can take keyboard focus. Answers the segments of each annotation: a Map from id to its elements
 * in text order.
 */
export function renderText(root, doc) {
  const spans = spansOf(doc);
  const quoteStarts = new Set(spans.filter((span) => span.kind === 'quote').map((span) => span.start));
  const starts = chunkStarts(doc.text);
  const cuts = starts.map((start) => ({ start, end: start }));
  const index = new Map();
  const chunks = starts.map((start, i) => el('div', { class: 'chunk', 'data-start': start,
    'data-end': i + 1 < starts.length ? starts[i + 1] : doc.text.length }));
  let chunk = 0;
  for (const piece of segment(doc.text.length, spans.concat(cuts))) {
    while (chunk + 1 < starts.length && piece.start >= starts[chunk + 1]) {
      chunk++;
    }
    const element = segmentElement(doc.text, piece, quoteStarts);
    chunks[chunk].append(element);
    for (const span of piece.spans) {
      if (!index.has(span.id)) {
        index.set(span.id, []);
      }
      index.get(span.id).push(element);
    }
  }
  root.dataset.length = String(doc.text.length);
  fill(root, chunks);
  return index;
}

function segmentElement(text, piece, quoteStarts) {
  const focusable = quoteStarts.has(piece.start) && piece.spans.some((span) => span.kind === 'quote');
  return el('span', {
    class: classesOf(piece.spans),
    'data-start': piece.start,
    'data-end': piece.end,
    'data-quotes': idsOf(piece.spans, 'quote'),
    'data-mentions': idsOf(piece.spans, 'mention'),
    'data-cues': idsOf(piece.spans, 'cue'),
    'data-claims': idsOf(piece.spans, 'claim'),
    tabindex: focusable ? '0' : null,
    role: focusable ? 'button' : null,
  }, text.slice(piece.start, piece.end));
}

/**
 * Marks with `className` exactly the segments of the annotations `ids` (an iterable) in `index`
 * (from renderText), clearing it from every other segment of `root`; answers how many segments.
 */
export function mark(root, index, className, ids) {
  for (const element of root.querySelectorAll('.' + className)) {
    element.classList.remove(className);
  }
  let count = 0;
  for (const id of ids) {
    for (const element of index.get(id) || []) {
      element.classList.add(className);
      count++;
    }
  }
  return count;
}
