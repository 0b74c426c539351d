// Renders a document's text as segments: one <span> per piece between annotation boundaries,
// carrying the ids of the annotations that cover it. The text itself goes in as textContent.
import { el, fill } from './dom.js';
import { segment } from './segments.js';

/** The annotations of a loaded document as spans {id, kind, type, start, end}, one per fragment. */
export function spansOf(doc) {
  const spans = [];
  const add = (kind, list, typeOf) => list.forEach((annotation) => annotation.fragments.forEach((fragment) =>
    spans.push({ id: annotation.id, kind, type: typeOf(annotation), start: fragment.start, end: fragment.end })));
  add('quote', doc.quotes, (quote) => quote.quoteType);
  add('mention', doc.mentions, (mention) => mention.mentionType);
  add('cue', doc.cues, () => 'CUE');
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

/**
 * Renders `doc` into `root` (a pre-wrap element). Each segment is a span with data-start and
 * data-end (UTF-16 offsets) and data-quotes, data-mentions, data-cues (ids). A segment where a
 * quote starts can take keyboard focus, so quotes can be opened without a mouse.
 */
export function renderText(root, doc) {
  const spans = spansOf(doc);
  const quoteStarts = new Set(spans.filter((span) => span.kind === 'quote').map((span) => span.start));
  root.dataset.length = String(doc.text.length);
  fill(root, segment(doc.text.length, spans).map((piece) => segmentElement(doc.text, piece, quoteStarts)));
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
    tabindex: focusable ? '0' : null,
    role: focusable ? 'button' : null,
  }, text.slice(piece.start, piece.end));
}

/** Marks with `className` the segments covered by any of `ids` of `kind`; answers how many segments. */
export function mark(root, className, kind, ids) {
  let count = 0;
  for (const element of root.querySelectorAll('.seg')) {
    const own = (element.dataset[kind] || '').split(' ');
    const on = own.some((id) => ids.has(id));
    element.classList.toggle(className, on);
    count += on ? 1 : 0;
  }
  return count;
}
