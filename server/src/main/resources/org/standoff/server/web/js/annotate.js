// The annotate form: create a mention (with an existing or a new entity), a quote or a cue over
// the selected text. The selection's offsets are UTF-16 offsets into the document text.
import { ApiError, createAnnotation, createEntity } from './api.js';
import { el, fill } from './dom.js';
import { clearError, showError } from './errors.js';

const NEW_ENTITY = '__new';

/** Wires `form` to `app`; answers {show(range), hide(), setEntities(entities)}. */
export function setupAnnotate(form, app) {
  const fields = form.elements;
  const errors = form.querySelector('.errors');

  const showKind = () => {
    for (const part of form.querySelectorAll('[data-kind]')) {
      part.hidden = part.dataset.kind !== fields.kind.value;
    }
    form.querySelector('.new-entity').hidden = fields.kind.value !== 'mention' || fields.entity.value !== NEW_ENTITY;
  };
  form.addEventListener('change', showKind);

  let range = null;
  const hide = () => {
    range = null;
    form.hidden = true;
    clearError(errors);
  };
  form.querySelector('.cancel').addEventListener('click', hide);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!range) {
      return;
    }
    const submit = form.querySelector('[type=submit]');
    submit.disabled = true;
    clearError(errors);
    try {
      const created = await create(fields, app.doc, range);
      hide();
      await app.reload(`Created ${fields.kind.value} ${created.id} at [${created.start}, ${created.end})`);
    } catch (error) {
      showError(errors, error, () => app.reload('Reloaded the document'));
    } finally {
      submit.disabled = false;
    }
  });

  return {
    show(selected) {
      range = selected;
      fill(form.querySelector('.selection-text'), app.doc.text.slice(range.start, range.end));
      fill(form.querySelector('.selection-range'), `[${range.start}, ${range.end})`);
      form.hidden = false;
      clearError(errors);
      showKind();
    },
    hide,
    setEntities(entities) {
      const current = fields.entity.value;
      fill(fields.entity, el('option', { value: '' }, '(no entity)'),
        entities.map((entity) => el('option', { value: entity.id }, entity.canonicalName)),
        el('option', { value: NEW_ENTITY }, 'New entity…'));
      fields.entity.value = [...fields.entity.options].some((o) => o.value === current) ? current : '';
      showKind();
    },
  };
}

async function create(fields, doc, range) {
  const kind = fields.kind.value;
  let version = doc.version;
  const input = { start: range.start, end: range.end };
  if (kind === 'mention') {
    input.mentionType = fields.mentionType.value;
    let entity = fields.entity.value;
    if (entity === NEW_ENTITY) {
      if (!fields.entityName.value.trim()) {
        throw new ApiError('give the new entity a name', 'BAD_REQUEST');
      }
      const created = await createEntity(doc.id, version, fields.entityName.value.trim(), fields.entityType.value);
      version = created.version;
      entity = created.id;
    }
    input.entity = entity || null;
  } else if (kind === 'quote') {
    input.quoteType = fields.quoteType.value;
  } else {
    input.lemma = fields.lemma.value.trim() || null;
  }
  const created = await createAnnotation(kind, doc.id, version, input);
  return { ...created, ...range };
}
