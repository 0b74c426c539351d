// The spans needing review after a revision of the text (reviseText, `standoff reanchor`): the
// edited, fuzzy and orphaned annotations and the attributions with an orphaned part, listed in the
// aside and outlined in the text. Orphaned spans are zero-width, so they appear in the list only,
// with the text they covered before.
import { graphql } from './api.js';
import { el, fill } from './dom.js';

/** The document's revision record with the anchors needing review (UTF-16 offsets), or null. */
export async function loadReview(documentId) {
  const data = await graphql(`query ($id: ID!) { document(id: $id, unit: UTF16) { revision {
    method threshold previousFingerprint { sha256 }
    anchors(needingReview: true) { annotation kind status score previousText orphanedParts start end } } } }`,
  { id: documentId });
  return data.document ? data.document.revision : null;
}

const KINDS = { Quote: 'quotes', Mention: 'mentions', Cue: 'cues' };

function describe(anchor, text) {
  const score = anchor.score === null ? '' : ` ${anchor.score.toFixed(2)}`;
  const now = anchor.start === null ? null : text.slice(anchor.start, anchor.end);
  return [
    el('span', { class: `badge ${anchor.status.toLowerCase()}` }, `${anchor.status.toLowerCase()}${score}`),
    ` ${anchor.kind} ${anchor.annotation}`,
    anchor.previousText === null ? null : el('span', { class: 'was' }, ' was ', el('q', {}, anchor.previousText)),
    now === null || anchor.status === 'ORPHANED' ? null : el('span', { class: 'now' }, ' now ', el('q', {}, now)),
    anchor.orphanedParts.length === 0 ? null : ` lost ${anchor.orphanedParts.join(', ')}`,
  ];
}

/**
 * Shows `revision` (null: none) for the loaded `doc`: fills `list`, shows `section` when there is
 * something to review, and outlines the reviewed spans in `textRoot` with the class `review`.
 */
export function renderReview(section, list, textRoot, doc, revision) {
  const anchors = revision ? revision.anchors : [];
  section.hidden = anchors.length === 0;
  fill(list, anchors.map((anchor) => el('li', { 'data-annotation': anchor.annotation, 'data-status': anchor.status },
    describe(anchor, doc.text))));
  const ids = new Set(anchors.filter((anchor) => KINDS[anchor.kind]).map((anchor) => anchor.annotation));
  for (const element of textRoot.querySelectorAll('.seg')) {
    const own = Object.values(KINDS).flatMap((field) => (element.dataset[field] || '').split(' '));
    element.classList.toggle('review', own.some((id) => ids.has(id)));
  }
}
