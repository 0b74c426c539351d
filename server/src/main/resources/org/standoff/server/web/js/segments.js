// Overlapping annotations on one text: the text is cut at every start and end of every fragment,
// so each piece (a segment) is covered by a fixed set of annotations. Offsets are UTF-16 units.

/**
 * The segments of a text of `length` units under `spans`, each {id, kind, start, end} (a
 * discontinuous annotation gives one span per fragment). Answers [{start, end, spans}], covering
 * [0, length) without gaps, where `spans` are those covering the whole segment. Zero-width spans
 * cover nothing. Example: length 10, A [2, 6), B [4, 8) gives [0,2){} [2,4){A} [4,6){A,B} [6,8){B} [8,10){}.
 */
export function segment(length, spans) {
  const cuts = new Set([0, length]);
  const starting = new Map();
  spans.forEach((span, index) => {
    cuts.add(span.start);
    cuts.add(span.end);
    if (span.start < span.end) {
      if (!starting.has(span.start)) {
        starting.set(span.start, []);
      }
      starting.get(span.start).push(index);
    }
  });
  const points = [...cuts].filter((point) => point >= 0 && point <= length).sort((a, b) => a - b);
  // one sweep: the spans open at a cut cover the whole segment up to the next cut
  let open = [];
  const segments = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    open = open.filter((index) => spans[index].end > start);
    if (starting.has(start)) {
      open = open.concat(starting.get(start)).sort((x, y) => x - y);
    }
    segments.push({ start, end, spans: open.map((index) => spans[index]) });
  }
  return segments;
}

/**
 * The document offset of a DOM position (node, offset) inside `root`, whose descendants with
 * data-start and data-end (chunks, and in them segments) hold the text. A position in a text node
 * counts from its segment's data-start; a position between elements takes the next element's start
 * (or the end of the element it lies in). Answers null for a position outside `root`.
 */
export function toDocumentOffset(root, node, offset) {
  if (!root.contains(node)) {
    return null;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    return Number(node.parentElement.closest('[data-start]').dataset.start) + offset;
  }
  const element = node === root ? root : node.closest('[data-start]');
  const next = node.childNodes[offset];
  if (next) {
    return next.nodeType === Node.TEXT_NODE ? Number(element.dataset.start) : Number(next.dataset.start);
  }
  return node === root ? Number(root.dataset.length) : Number(element.dataset.end);
}

/** The [start, end) document range of the current selection when it lies in `root`, else null. */
export function selectedRange(root) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const start = toDocumentOffset(root, range.startContainer, range.startOffset);
  const end = toDocumentOffset(root, range.endContainer, range.endOffset);
  return start === null || end === null || start >= end ? null : { start, end };
}
