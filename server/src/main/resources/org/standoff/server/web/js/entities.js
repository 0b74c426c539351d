// The entity list: every entity with its number of mentions; a button toggles the highlight of
// all its mentions in the text.
import { el, fill } from './dom.js';

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
