// The entity list: every entity with its number of mentions; a button toggles the highlight of
// all its mentions in the text and opens the entity's card, where it can be renamed, retyped,
// merged into another entity or deleted with its mentions (after a confirmation listing what goes).
import { el, fill } from './dom.js';
import { changed, deleted } from './edits.js';
import { find, label } from './model.js';

/** The mention ids of every entity of `doc`, by entity id. */
export function mentionsByEntity(doc) {
  const byEntity = new Map(doc.entities.map((entity) => [entity.id, []]));
  for (const mention of doc.mentions) {
    if (mention.entity && byEntity.has(mention.entity.id)) {
      byEntity.get(mention.entity.id).push(mention.id);
    }
  }
  return byEntity;
}

/** Renders the entities of `doc` into `list`; `onToggle(entityId or null)` follows a button press. */
export function renderEntities(list, doc, selected, onToggle) {
  const byEntity = mentionsByEntity(doc);
  fill(list, doc.entities.map((entity) => {
    const count = byEntity.get(entity.id).length;
    const pressed = entity.id === selected;
    return el('li', {}, el('button', {
      type: 'button',
      class: 'entity',
      'data-entity': entity.id,
      'aria-pressed': pressed ? 'true' : 'false',
      title: `${entity.entityType}: highlight its ${count} mention(s)`,
      onclick: () => onToggle(pressed ? null : entity.id),
    }, el('span', { class: 'name' }, entity.canonicalName), ' ', el('span', { class: 'count' }, String(count))));
  }));
}

const refersTo = (reference, id) => reference !== null && reference !== undefined && reference.id === id;

/**
 * What deleting entity `id` takes with it, as steps in a safe order: attributions whose speaker is
 * one of its mentions lose their speaker, its claims lose their claimant, then its mentions and the
 * entity go. Merging into `into` instead moves the mentions and claims over, then deletes it.
 */
export function entitySteps(doc, id, into) {
  const mentions = doc.mentions.filter((m) => refersTo(m.entity, id));
  const mentionIds = new Set(mentions.map((m) => m.id));
  const steps = [];
  if (!into) {
    for (const attribution of doc.attributions.filter((a) => a.source && mentionIds.has(a.source.id))) {
      steps.push(changed('attribution', attribution, { source: null }));
    }
  }
  for (const claim of doc.claims.filter((c) => refersTo(c.claimant, id))) {
    steps.push(changed('claim', claim, { claimant: into || null }));
  }
  for (const mention of mentions) {
    steps.push(into ? changed('mention', mention, { entity: into }) : deleted('mention', mention));
  }
  steps.push(deleted('entity', find(doc, 'entity', id)));
  return steps;
}

/** Wires the entity card `card` to `app`; answers {show(entityId or null)}. */
export function setupEntityCard(card, app) {
  const rename = card.querySelector('form.rename');
  const merge = card.querySelector('form.merge');
  const confirm = card.querySelector('.confirm');
  let entityId = null;
  const entity = () => find(app.doc, 'entity', entityId);

  rename.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = rename.elements.name.value.trim();
    if (!name) {
      return;
    }
    await app.edits.apply(`Renamed entity ${entity().canonicalName} to ${name}`,
      [changed('entity', entity(), { canonicalName: name, entityType: rename.elements.entityType.value })]);
  });
  merge.addEventListener('submit', async (event) => {
    event.preventDefault();
    const into = find(app.doc, 'entity', merge.elements.into.value);
    if (!into) {
      return;
    }
    const from = entity();
    const done = await app.edits.apply(`Merged entity ${from.canonicalName} into ${into.canonicalName}`,
      entitySteps(app.doc, from.id, into.id));
    if (done) {
      app.highlight(into.id, true);
    }
  });
  card.querySelector('.delete-entity').addEventListener('click', () => {
    const steps = entitySteps(app.doc, entityId, null);
    const goes = steps.map((step) => {
      const what = label(app.doc, step.kind, step.before.id);
      return el('li', {}, step.after === null ? `${what} is deleted`
        : step.kind === 'attribution' ? `${what} loses its speaker` : `${what} loses its claimant`);
    });
    fill(confirm, el('p', {}, `Deleting ${entity().canonicalName} also changes:`), el('ul', { class: 'goes' }, goes),
      el('button', { type: 'button', class: 'confirm-delete', onclick: async () => {
        confirm.hidden = true;
        const done = await app.edits.apply(`Deleted entity ${entity().canonicalName} and its ${steps.length - 1} dependent(s)`, steps);
        if (done) {
          app.highlight(null, true);
        }
      } }, 'Delete all of this'), ' ',
      el('button', { type: 'button', onclick: () => { confirm.hidden = true; } }, 'Keep it'));
    confirm.hidden = false;
    confirm.querySelector('.confirm-delete').focus();
  });

  return {
    show(id) {
      entityId = id;
      card.hidden = !id || app.readOnly;
      confirm.hidden = true;
      if (!id || !entity()) {
        card.hidden = true;
        return;
      }
      const current = entity();
      fill(card.querySelector('#entity-card-title'), `Entity ${current.canonicalName} `, el('code', {}, current.id));
      rename.elements.name.value = current.canonicalName;
      rename.elements.entityType.value = current.entityType;
      fill(merge.elements.into, el('option', { value: '' }, '(choose an entity)'),
        app.doc.entities.filter((e) => e.id !== id).map((e) => el('option', { value: e.id }, e.canonicalName)));
    },
  };
}
