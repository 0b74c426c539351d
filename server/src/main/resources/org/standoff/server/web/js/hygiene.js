// Span hygiene for what the annotator selects: no surrounding whitespace, edges on token boundaries
// (unless placed freely), and edges that move one character at a time without splitting a
// surrogate pair (an emoji is two UTF-16 units and one character). Offsets are UTF-16 units.
import { tokensAt } from './api.js';

/** `range` of `text` without the whitespace at either end; null when nothing but whitespace. */
export function trimmed(text, range) {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) {
    start++;
  }
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  return start < end ? { start, end } : null;
}

/**
 * `range` widened to the tokens holding its first and last characters, when the document has
 * tokens there; otherwise to the word boundaries (letters, digits and marks) around its edges.
 */
export async function snapped(documentId, text, range) {
  const [first, last] = await tokensAt(documentId, range.start, range.end);
  const start = first ? Math.min(first.start, range.start) : wordStart(text, range.start);
  const end = last ? Math.max(last.end, range.end) : wordEnd(text, range.end);
  return { start, end };
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

function wordStart(text, start) {
  while (start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) {
    start--;
  }
  return start;
}

function wordEnd(text, end) {
  while (end < text.length && WORD.test(text[end - 1]) && WORD.test(text[end])) {
    end++;
  }
  return end;
}

/** The offset one character before or after `offset` (`step` -1 or 1), stepping over surrogate pairs. */
export function stepped(text, offset, step) {
  const next = offset + step;
  if (next <= 0 || next >= text.length) {
    return Math.max(0, Math.min(text.length, next));
  }
  const low = text.charCodeAt(next);
  const high = text.charCodeAt(next - 1);
  const inPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return inPair ? next + step : next;
}
