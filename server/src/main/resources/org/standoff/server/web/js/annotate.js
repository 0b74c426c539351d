// The annotate form: create a mention (with an existing or a new entity), a quote, a cue or a claim
// over the selected text, or edit one (its type and attributes). Selections arrive trimmed of
// whitespace and snapped to tokens (unless placed freely); an exact duplicate needs a tick first.
import { ApiError } from './api.js';
import { el, fill } from './dom.js';
import { changed, created } from './edits.js';
import { clearError, showError } from './errors.js';
import { snapped, trimmed } from './hygiene.js';
import { attributionsOf, boundsOf, find, sameSpan } from './model.js';

const NEW_ENTITY = '__new';
const NEW_AUTHOR = '__author';

/** A free entity id for `name`: `e-` and its words, with a number when taken. */
export function entityId(doc, name) {
  const base = 'e-' + (name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity');
  let id = base;
  for (let n = 2; doc.entities.some((e) => e.id === id); n++) {
    id = `${base}-${n}`;
  }
  return id;
}

/** The innermost quote of `doc` holding [start, end), or null. */
function quoteAround(doc, range) {
  const holding = doc.quotes.filter((q) => boundsOf(q).start <= range.start && range.end <= boundsOf(q).end);
  holding.sort((a, b) => (boundsOf(a).end - boundsOf(a).start) - (boundsOf(b).end - boundsOf(b).start));
  return holding[0] || null;
}

/** Wires `form` to `app`; answers {show(range, kind, free), edit(kind, item), hide(), setEntities(), isOpen()}. */
export function setupAnnotate(form, app) {
  const fields = form.elements;
  const errors = form.querySelector('.errors');
  const duplicate = form.querySelector('.duplicate');
  let range = null;
  let editing = null;
  let asked = 0;

  const context = () => {
    const quote = editing ? (editing.item.quote ? find(app.doc, 'quote', editing.item.quote.id) : null) : quoteAround(app.doc, range);
    const attribution = quote ? attributionsOf(app.doc, quote.id).find((a) => a.role === 'quote') : null;
    return { quote, attribution: attribution ? attribution.attribution : null };
  };

  const showDuplicates = () => {
    const same = editing || !range ? [] : sameSpan(app.doc, fields.kind.value, range);
    duplicate.hidden = same.length === 0;
    fields.allowDuplicate.checked = false;
    fill(duplicate.querySelector('.warning'), same.length === 0 ? ''
      : `${fields.kind.value} ${same.map((a) => a.id).join(', ')} already covers exactly this text.`);
  };

  const showKind = () => {
    for (const part of form.querySelectorAll('[data-kind]')) {
      part.hidden = part.dataset.kind !== fields.kind.value;
    }
    form.querySelector('.new-entity').hidden = fields.kind.value !== 'mention' || fields.entity.value !== NEW_ENTITY;
    showDuplicates();
  };
  form.addEventListener('change', (event) => {
    if (event.target.name !== 'allowDuplicate') {
      showKind();
    }
  });

  const hide = () => {
    range = null;
    editing = null;
    asked++;
    form.hidden = true;
    clearError(errors);
  };
  form.querySelector('.cancel').addEventListener('click', hide);

  const showRange = (shown) => {
    range = shown;
    fill(form.querySelector('.selection-text'), app.doc.text.slice(range.start, range.end));
    fill(form.querySelector('.selection-range'), `[${range.start}, ${range.end})`);
    form.dataset.start = String(range.start);
    form.dataset.end = String(range.end);
  };

  const fillClaimDefaults = () => {
    const { quote, attribution } = context();
    const source = attribution && attribution.source ? find(app.doc, 'mention', attribution.source.id) : null;
    const speaker = source && source.entity ? source.entity.id : null;
    const author = app.doc.entities.find((e) => e.entityType === 'AUTHOR');
    fill(form.querySelector('.claim-context'), quote
      ? `Inside quote ${quote.id}${attribution ? ` (attribution ${attribution.id})` : ''}: the claim is its speaker's.`
      : 'Outside quotes: the claim is the author\'s.');
    fields.claimant.value = quote ? speaker || '' : author ? author.id : NEW_AUTHOR;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!range && !editing) {
      return;
    }
    if (!editing && !duplicate.hidden && !fields.allowDuplicate.checked) {
      showError(errors, new ApiError('tick "Create a duplicate anyway" to create it', 'DUPLICATE'));
      return;
    }
    clearError(errors);
    let steps;
    try {
      steps = stepsOf(fields, app.doc, range, editing, context());
    } catch (error) {
      showError(errors, error);
      return;
    }
    const kind = editing ? editing.kind : fields.kind.value;
    const what = editing ? `Edited ${kind} ${editing.item.id}` : `Created ${kind}`;
    const ids = await app.edits.apply(what, steps);
    if (ids) {
      hide();
      app.goTo(ids[ids.length - 1]);
    }
  });

  return {
    /** Opens the form on the selected `selection` (trimmed; snapped unless `free`), creating `kind` when given. */
    async show(selection, kind, free) {
      const trimmedRange = trimmed(app.doc.text, selection);
      if (!trimmedRange) {
        return;
      }
      const mine = ++asked;
      delete form.dataset.ready;
      editing = null;
      form.querySelector('.kinds').disabled = false;
      fill(form.querySelector('[type=submit]'), 'Create');
      fill(form.querySelector('#annotate-title'), 'Annotate the selection');
      if (kind) {
        fields.kind.value = kind;
      }
      showRange(trimmedRange);
      fill(form.querySelector('.snap'), free ? 'Placed freely (Alt held).' : '');
      form.hidden = false;
      form.scrollIntoView({ block: 'nearest' });
      clearError(errors);
      fillClaimDefaults();
      showKind();
      if (!free) {
        const snappedRange = await snapped(app.doc.id, app.doc.text, trimmedRange).catch(() => trimmedRange);
        if (mine === asked && (snappedRange.start !== trimmedRange.start || snappedRange.end !== trimmedRange.end)) {
          showRange(snappedRange);
          fill(form.querySelector('.snap'), 'Widened to whole tokens (hold Alt while selecting to place freely).');
          fillClaimDefaults();
          showDuplicates();
        }
      }
      form.dataset.ready = String(mine);
    },
    /** Opens the form on the annotation `item` of `kind` to change its type and attributes. */
    edit(kind, item) {
      asked++;
      editing = { kind, item };
      range = boundsOf(item);
      showRange(range);
      fields.kind.value = kind;
      form.querySelector('.kinds').disabled = true;
      fill(form.querySelector('[type=submit]'), 'Save');
      fill(form.querySelector('#annotate-title'), `Edit ${kind} ${item.id}`);
      fill(form.querySelector('.snap'), '');
      if (kind === 'mention') {
        fields.mentionType.value = item.mentionType;
        fields.entity.value = item.entity ? item.entity.id : '';
      } else if (kind === 'quote') {
        fields.quoteType.value = item.quoteType;
      } else if (kind === 'cue') {
        fields.lemma.value = item.lemma || '';
      } else {
        fields.claimant.value = item.claimant ? item.claimant.id : '';
        fields.claimType.value = item.claimType;
        fields.checkworthy.checked = item.checkworthy;
        fields.claimText.value = item.claimText || '';
        fill(form.querySelector('.claim-context'), item.quote ? `Inside quote ${item.quote.id}.` : 'Outside quotes.');
      }
      form.hidden = false;
      form.scrollIntoView({ block: 'nearest' });
      clearError(errors);
      showKind();
      fields[{ mention: 'mentionType', quote: 'quoteType', cue: 'lemma', claim: 'claimType' }[kind]].focus();
    },
    hide,
    isOpen: () => !form.hidden,
    /** Focuses the first field of the chosen kind (after a shortcut key). */
    focusFields() {
      const first = form.querySelector(`[data-kind="${fields.kind.value}"] select, [data-kind="${fields.kind.value}"] input`);
      (first || form.querySelector('[type=submit]')).focus();
    },
    setEntities(entities) {
      const keep = (select, options) => {
        const current = select.value;
        fill(select, options);
        select.value = [...select.options].some((o) => o.value === current) ? current : '';
      };
      const named = entities.map((entity) => el('option', { value: entity.id },
        entity.entityType === 'AUTHOR' ? `${entity.canonicalName} (the author)` : entity.canonicalName));
      keep(fields.entity, [el('option', { value: '' }, '(no entity)'), named, el('option', { value: NEW_ENTITY }, 'New entity…')]);
      const hasAuthor = entities.some((e) => e.entityType === 'AUTHOR');
      keep(fields.claimant, [el('option', { value: '' }, '(unresolved)'),
        hasAuthor ? null : el('option', { value: NEW_AUTHOR }, 'The author (new entity)'),
        entities.map((entity) => el('option', { value: entity.id },
          entity.entityType === 'AUTHOR' ? `${entity.canonicalName} (the author)` : entity.canonicalName))]);
      showKind();
    },
  };
}

/** The steps that create (or, when `editing`, change) what the form says. */
function stepsOf(fields, doc, range, editing, context) {
  const kind = editing ? editing.kind : fields.kind.value;
  const steps = [];
  const input = {};
  if (kind === 'mention') {
    input.mentionType = fields.mentionType.value;
    input.entity = fields.entity.value || null;
    if (input.entity === NEW_ENTITY) {
      const name = fields.entityName.value.trim();
      if (!name) {
        throw new ApiError('give the new entity a name', 'BAD_REQUEST');
      }
      input.entity = entityId(doc, name);
      steps.push(created('entity', { id: input.entity, canonicalName: name, entityType: fields.entityType.value }));
    }
  } else if (kind === 'quote') {
    input.quoteType = fields.quoteType.value;
  } else if (kind === 'cue') {
    input.lemma = fields.lemma.value.trim() || null;
  } else {
    input.claimType = fields.claimType.value;
    input.checkworthy = fields.checkworthy.checked;
    input.claimText = fields.claimText.value.trim() || null;
    input.claimant = fields.claimant.value || null;
    if (input.claimant === NEW_AUTHOR) {
      input.claimant = entityId(doc, 'author');
      steps.push(created('entity', { id: input.claimant, canonicalName: 'Author', entityType: 'AUTHOR' }));
    }
    if (!editing) {
      input.quote = context.quote ? context.quote.id : null;
      input.attribution = context.attribution ? context.attribution.id : null;
    }
  }
  if (editing) {
    steps.push(changed(kind, editing.item, input));
  } else {
    steps.push(created(kind, { ...input, fragments: [{ start: range.start, end: range.end, unit: 'UTF16' }] }));
  }
  return steps;
}
