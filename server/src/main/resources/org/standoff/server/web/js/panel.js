// The annotation panel: the annotations at the chosen place, the current one first and marked. A
// quote shows its attribution (speaker and entity, cue and lemma, content link) and its claims; a
// mention or cue says which attributions it serves in; each item can be edited, deleted and have
// its edges nudged, and a quote can be attributed.
import { el, fill } from './dom.js';
import { attributionsOf, find, textOf } from './model.js';

function capitalized(constant) {
  return constant.charAt(0) + constant.slice(1).toLowerCase();
}

function field(name, label, ...value) {
  return [el('dt', {}, label), el('dd', { 'data-field': name }, ...value)];
}

function entityName(doc, reference) {
  const entity = reference ? find(doc, 'entity', reference.id) : null;
  return entity ? entity.canonicalName : null;
}

function claimItem(doc, claim) {
  return el('li', { 'data-claim': claim.id },
    el('span', { class: 'claimant' }, entityName(doc, claim.claimant) || 'no claimant'), ` · ${claim.claimType} · `,
    claim.checkworthy ? 'check-worthy' : 'not check-worthy',
    claim.claimText ? el('div', { class: 'claim-text' }, claim.claimText) : null);
}

function attributionFields(doc, quote) {
  const found = attributionsOf(doc, quote.id).find((a) => a.role === 'quote');
  const attribution = found ? found.attribution : null;
  const speaker = attribution && attribution.source ? find(doc, 'mention', attribution.source.id) : null;
  const cue = attribution && attribution.cue ? find(doc, 'cue', attribution.cue.id) : null;
  const entity = speaker ? entityName(doc, speaker.entity) : null;
  const content = attribution ? attribution.contents.find((c) => c.quote.id === quote.id) : null;
  const claims = doc.claims.filter((claim) => claim.quote && claim.quote.id === quote.id);
  return [
    ...field('attribution', 'Attribution', attribution ? attribution.id : 'none'),
    ...field('speaker', 'Speaker', speaker ? `“${textOf(doc, speaker)}”` : 'none',
      entity ? [' → ', el('strong', { 'data-field': 'speaker-entity' }, entity)] : null),
    ...field('cue', 'Cue', cue ? [el('strong', {}, textOf(doc, cue)), cue.lemma ? ` (${cue.lemma})` : ''] : 'none'),
    ...field('link', 'Content link', content ? content.link : 'not attributed'),
    ...field('claims', 'Claims', claims.length === 0 ? 'none' : el('ul', {}, claims.map((claim) => claimItem(doc, claim)))),
  ];
}

function roles(doc, id) {
  const serves = attributionsOf(doc, id);
  return serves.length === 0 ? null : el('p', { class: 'roles' }, serves.map(({ attribution, role }) =>
    `${role === 'speaker' ? 'Speaker' : 'Cue'} of attribution ${attribution.id} (quote ${attribution.contents.map((c) => c.quote.id).join(', ')}). `));
}

const BODIES = {
  quote: (doc, quote) => [el('blockquote', {}, textOf(doc, quote)), el('dl', { class: 'attribution' }, attributionFields(doc, quote))],
  mention: (doc, mention) => [el('p', {}, `“${textOf(doc, mention)}” → `, entityName(doc, mention.entity) || 'no entity'), roles(doc, mention.id)],
  cue: (doc, cue) => [el('p', {}, `“${textOf(doc, cue)}”`, cue.lemma ? ` (lemma ${cue.lemma})` : ''), roles(doc, cue.id)],
  claim: (doc, claim) => [el('blockquote', {}, textOf(doc, claim)), el('ul', {}, claimItem(doc, claim)),
    el('p', { class: 'muted' }, claim.quote ? `In quote ${claim.quote.id}` : 'In no quote (the author\'s words)')],
};

function title(kind, annotation) {
  const type = { quote: annotation.quoteType, mention: annotation.mentionType, claim: annotation.claimType }[kind];
  return el('h3', {}, type ? `${capitalized(type)} ${kind} ` : `${capitalized(kind)} `, el('code', {}, annotation.id));
}

function actions(app, kind, annotation) {
  if (app.readOnly) {
    return null;
  }
  const button = (className, label, onclick, hint) => el('button', { type: 'button', class: className, title: hint, onclick }, label);
  const nudge = (edge, step, label, key) => button(`nudge ${edge}${step < 0 ? '-left' : '-right'}`, label,
    () => app.nudge(kind, annotation.id, edge, step), `Move the ${edge} ${step < 0 ? 'left' : 'right'} one character (${key})`);
  return el('div', { class: 'actions' },
    button('edit', 'Edit', () => app.edit(kind, annotation.id), 'Change type and attributes (e)'),
    kind === 'quote' ? button('attribute', 'Attribute…', () => app.attribute(annotation.id), 'Speaker, cue and link (a)') : null,
    button('delete', `Delete ${kind} ${annotation.id}`, () => app.remove(kind, annotation.id), 'Delete (x); undo with u'),
    el('span', { class: 'nudges' }, 'start ', nudge('start', -1, '◀', '['), nudge('start', 1, '▶', ']'),
      ' end ', nudge('end', -1, '◀', '{'), nudge('end', 1, '▶', '}')));
}

/** Shows in `panel` the annotations `items` ({kind, id}), the first being the current one. */
export function showPanel(panel, app, items) {
  fill(panel, items.map(({ kind, id }, i) => {
    const annotation = find(app.doc, kind, id);
    if (!annotation) {
      return null;
    }
    const className = `item ${kind}${kind === 'quote' ? ' q-' + annotation.quoteType.toLowerCase() : ''}${i === 0 ? ' current' : ''}`;
    return el('section', { class: className, [`data-${kind}`]: id },
      title(kind, annotation), BODIES[kind](app.doc, annotation), actions(app, kind, annotation));
  }));
}

/** Empties the panel. */
export function clearPanel(panel) {
  fill(panel, el('p', { class: 'hint' }, 'Click a highlighted passage, or press j and k to go through the annotations.'));
}
