// The annotation panel: what covers the clicked piece of text. A quote shows its attribution
// (speaker and entity, cue and lemma, content link) and its claims; each item can be deleted.
import { loadQuote } from './api.js';
import { el, fill } from './dom.js';

let shown = 0;

function idsOf(element, kind) {
  return (element.dataset[kind] || '').split(' ').filter(Boolean);
}

function textOf(doc, annotation) {
  return annotation.fragments.map((fragment) => doc.text.slice(fragment.start, fragment.end)).join(' ');
}

function capitalized(constant) {
  return constant.charAt(0) + constant.slice(1).toLowerCase();
}

function extent(annotation) {
  return annotation.fragments[annotation.fragments.length - 1].end - annotation.fragments[0].start;
}

function field(name, label, ...value) {
  return [el('dt', {}, label), el('dd', { 'data-field': name }, ...value)];
}

function deleteButton(app, kind, id) {
  return app.readOnly ? null : el('button', { type: 'button', class: 'delete', onclick: () => app.remove(kind, id) },
    `Delete ${kind} ${id}`);
}

function claimItem(claim) {
  const claimant = claim.claimant ? claim.claimant.canonicalName : 'no claimant';
  return el('li', { 'data-claim': claim.id },
    el('span', { class: 'claimant' }, claimant), ` · ${claim.claimType} · `,
    claim.checkworthy ? 'check-worthy' : 'not check-worthy',
    claim.claimText ? el('div', { class: 'claim-text' }, claim.claimText) : null);
}

function attributionFields(quote) {
  const speaker = quote.speaker;
  const entity = speaker && speaker.entity ? speaker.entity.canonicalName : null;
  const content = quote.attribution ? quote.attribution.contents.find((c) => c.quote && c.quote.id === quote.id) : null;
  return [
    ...field('speaker', 'Speaker', speaker ? `“${speaker.text}”` : 'none',
      entity ? [' → ', el('strong', { 'data-field': 'speaker-entity' }, entity)] : null),
    ...field('cue', 'Cue', quote.cue ? [el('strong', {}, quote.cue.text), quote.cue.lemma ? ` (${quote.cue.lemma})` : ''] : 'none'),
    ...field('link', 'Content link', content ? content.link : 'not attributed'),
    ...field('claims', 'Claims', quote.claims.length === 0 ? 'none'
      : el('ul', {}, quote.claims.map(claimItem))),
  ];
}

function quoteSection(app, quote, token) {
  const details = el('dl', { class: 'attribution' }, el('dt', {}, 'Attribution'), el('dd', {}, 'Loading…'));
  loadQuote(app.doc.id, quote.id).then((loaded) => {
    if (token === shown && loaded) {
      fill(details, attributionFields(loaded));
    }
  }).catch((error) => app.report(error));
  return el('section', { class: `item q-${quote.quoteType.toLowerCase()}`, 'data-quote': quote.id },
    el('h3', {}, `${capitalized(quote.quoteType)} quote `, el('code', {}, quote.id)),
    el('blockquote', {}, textOf(app.doc, quote)), details, deleteButton(app, 'quote', quote.id));
}

function mentionSection(app, mention) {
  const entity = mention.entity ? app.doc.entities.find((e) => e.id === mention.entity.id) : null;
  return el('section', { class: 'item mention', 'data-mention': mention.id },
    el('h3', {}, `${capitalized(mention.mentionType)} mention `, el('code', {}, mention.id)),
    el('p', {}, `“${textOf(app.doc, mention)}” → `, entity ? entity.canonicalName : 'no entity'),
    deleteButton(app, 'mention', mention.id));
}

function cueSection(app, cue) {
  return el('section', { class: 'item cue', 'data-cue': cue.id },
    el('h3', {}, 'Cue ', el('code', {}, cue.id)),
    el('p', {}, `“${textOf(app.doc, cue)}”`, cue.lemma ? ` (lemma ${cue.lemma})` : ''),
    deleteButton(app, 'cue', cue.id));
}

/** Shows in `panel` every annotation covering the segment `element`, innermost quote first. */
export function showPanel(panel, app, element) {
  const token = ++shown;
  const find = (list, ids) => ids.map((id) => list.find((a) => a.id === id)).filter(Boolean);
  const quotes = find(app.doc.quotes, idsOf(element, 'quotes')).sort((a, b) => extent(a) - extent(b));
  fill(panel,
    quotes.map((quote) => quoteSection(app, quote, token)),
    find(app.doc.mentions, idsOf(element, 'mentions')).map((mention) => mentionSection(app, mention)),
    find(app.doc.cues, idsOf(element, 'cues')).map((cue) => cueSection(app, cue)));
  return quotes.map((quote) => quote.id);
}

/** Empties the panel. */
export function clearPanel(panel) {
  shown++;
  fill(panel, el('p', { class: 'hint' }, 'Click a highlighted passage to see its annotations.'));
}
