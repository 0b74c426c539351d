// The curation view (/curate/{documentId}): a document's annotators' copies aligned by the API's
// `curation` field. Agreed items are listed (pre-accepted); every other item shows its options side
// by side, each with its annotators, its signature and its text in context; the curator accepts one
// option per item (or none), or edits one (boundaries and type of a mention, quote or cue), and
// writes the curated document through `curate`, then applies the edits with the ordinary update
// mutations.
import { includes, setupAccount } from './account.js';
import { ApiError, graphql } from './api.js';
import { el, fill } from './dom.js';
import { showError } from './errors.js';
import { readPath } from './copies.js';

const $ = (selector) => document.querySelector(selector);
const CONTEXT = 40;
const STATES = { NEW: 'new', IN_PROGRESS: 'in progress', DONE: 'done' };
/** The layers an item can be edited in, with their type attribute's values. */
const EDITABLE = {
  Mention: { field: 'mentionType', types: ['NAME', 'NOMINAL', 'PRONOUN', 'LIST'] },
  Quote: { field: 'quoteType', types: ['DIRECT', 'INDIRECT', 'MIXED'] },
  Cue: { field: null, types: [] },
};

const view = { id: null, version: null, text: '', disputed: [], canWrite: false };

function documentFromLocation() {
  const match = location.pathname.match(/^\/curate\/(.+)$/);
  return match ? decodeURIComponent(match[1]) : new URLSearchParams(location.search).get('doc');
}

/** The copies, their alignment and the original's text and version, in one request (UTF-16 offsets). */
async function loadCuration(id) {
  return graphql(`query ($id: ID!) {
    document(id: $id, unit: UTF16) { id version title text }
    copies(documentId: $id) { annotator state version }
    curation(documentId: $id, unit: UTF16) { annotators itemCount agreedCount
      items { layer start end agreed
        options { signature text start end annotators choices { annotator id } } } } }`, { id });
}

/** `text` around [start, end), the stretch itself marked; newlines shown as spaces. */
function context(start, end) {
  if (start === null || end === null) {
    return el('p', { class: 'context muted' }, '(lies nowhere in the text)');
  }
  const flat = (s) => s.replace(/[\r\n]/g, ' ');
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(view.text.length, end + CONTEXT);
  return el('p', { class: 'context' }, from > 0 ? '…' : '', flat(view.text.slice(from, start)),
    el('mark', {}, flat(view.text.slice(start, end))), flat(view.text.slice(end, to)), to < view.text.length ? '…' : '');
}

function renderCopies(copies) {
  fill($('#copies-list'), el('table', { class: 'copies-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Copy'), el('th', {}, 'State'), el('th', {}, 'Version'))),
    el('tbody', {}, copies.map((copy) => el('tr', { 'data-annotator': copy.annotator },
      el('td', {}, el('a', { href: readPath(`${view.id}~${copy.annotator}`) }, `${copy.annotator}'s copy`)),
      el('td', { class: 'state' }, STATES[copy.state] || copy.state),
      el('td', {}, String(copy.version)))))));
}

function renderDisputed(items) {
  view.disputed = items;
  fill($('#disputed'), items.map((item, i) => el('li', { 'data-layer': item.layer, 'data-start': item.start, 'data-end': item.end },
    el('h3', { id: `item-${i}` }, `${item.layer} ${item.start}–${item.end}`),
    el('fieldset', { class: 'options', 'aria-labelledby': `item-${i}` },
      item.options.map((option, k) => el('label', { class: 'option', 'data-annotators': option.annotators.join(',') },
        el('input', { type: 'radio', name: `item-${i}`, value: String(k), disabled: !view.canWrite }),
        ' ', el('span', { class: 'who' }, option.annotators.join(', ')),
        el('code', {}, option.signature),
        context(option.start, option.end))),
      el('label', { class: 'option none' },
        el('input', { type: 'radio', name: `item-${i}`, value: 'none', disabled: !view.canWrite }), ' none of them'),
      editor(item, i)))));
  countDecided();
}

/**
 * For a mention, quote or cue lying in one piece: an "edit" choice with the first option's start, end
 * and type to change (UTF-16 offsets); null for other items.
 */
function editor(item, i) {
  const first = item.options[0];
  const kind = EDITABLE[item.layer];
  if (!kind || first.start === null || first.signature.includes('+') || !view.canWrite) {
    return null;
  }
  const type = first.signature.split(' ').pop();
  const number = (name, value) => el('input', { type: 'number', name, value, min: 0, max: view.text.length, class: 'offset' });
  const choose = (event) => {
    event.currentTarget.querySelector('input[type="radio"]').checked = true;
    countDecided();
  };
  return el('div', { class: 'option edit', oninput: choose, onchange: choose },
    el('label', {}, el('input', { type: 'radio', name: `item-${i}`, value: 'edit' }), ` edit ${first.annotators[0]}'s`),
    el('label', {}, ' start ', number('start', first.start)),
    el('label', {}, ' end ', number('end', first.end)),
    kind.field ? el('label', {}, ' type ',
      el('select', { name: 'type' }, kind.types.map((t) => el('option', { value: t, selected: t === type }, t)))) : null);
}

function renderAgreed(items) {
  fill($('#agreed-title'), `Agreed items (${items.length}, pre-accepted)`);
  fill($('#agreed'), items.map((item) => el('li', { 'data-layer': item.layer },
    `${item.layer} `, el('code', {}, item.options[0].signature), ' ', el('q', {}, item.options[0].text))));
}

/**
 * The decisions: `accept`, per decided item the chosen option's first copy's annotation (an edited
 * item: its first option's), and `edits`, per edited item `{layer, id, start, end, type}`.
 */
function decisions() {
  const accept = [];
  const edits = [];
  view.disputed.forEach((item, i) => {
    const checked = document.querySelector(`input[name="item-${i}"]:checked`);
    if (!checked || checked.value === 'none') {
      return;
    }
    const option = checked.value === 'edit' ? item.options[0] : item.options[Number(checked.value)];
    const choice = option.choices[0];
    accept.push({ annotator: choice.annotator, id: choice.id });
    if (checked.value === 'edit') {
      const box = checked.closest('.edit');
      const type = box.querySelector('select[name="type"]');
      edits.push({ layer: item.layer, id: choice.id, start: Number(box.querySelector('input[name="start"]').value),
        end: Number(box.querySelector('input[name="end"]').value), type: type ? type.value : null });
    }
  });
  return { accept, edits };
}

const UPDATE = {
  Mention: ['updateMention', 'mention', 'MentionInput'],
  Quote: ['updateQuote', 'quote', 'QuoteInput'],
  Cue: ['updateCue', 'cue', 'CueInput'],
};

/** Applies `edit` to the curated document at `version` with the ordinary update mutation; answers the new version. */
async function applyEdit(edit, version) {
  const data = await graphql(`query ($id: ID!, $a: ID!) { document(id: $id) { annotation(id: $a) {
    ... on Mention { entity { id } } ... on Quote { verbatim(unit: UTF16) { start end } embeddedIn { id } }
    ... on Cue { lemma } } } }`, { id: view.id, a: edit.id });
  const now = data.document.annotation;
  const input = { id: edit.id, start: edit.start, end: edit.end };
  if (edit.layer === 'Mention') {
    Object.assign(input, { mentionType: edit.type, entity: now.entity ? now.entity.id : null });
  } else if (edit.layer === 'Quote') {
    Object.assign(input, { quoteType: edit.type, embeddedIn: now.embeddedIn ? now.embeddedIn.id : null,
      verbatim: now.verbatim.length > 0 ? now.verbatim : null });
  } else {
    input.lemma = now.lemma;
  }
  const [field, argument, type] = UPDATE[edit.layer];
  const result = await graphql(`mutation ($id: ID!, $version: Version!, $input: ${type}!) {
    result: ${field}(documentId: $id, expectedVersion: $version, unit: UTF16, ${argument}: $input) {
      version errors { code message subject } } }`, { id: view.id, version, input });
  return result.result.version;
}

function countDecided() {
  const decided = view.disputed.filter((item, i) => document.querySelector(`input[name="item-${i}"]:checked`)).length;
  fill($('#decided'), `${decided} of ${view.disputed.length} decided; undecided items are left out.`);
}

async function write(event) {
  event.preventDefault();
  fill($('#alerts'));
  fill($('#written'));
  try {
    const { accept, edits } = decisions();
    const data = await graphql(`mutation ($id: ID!, $version: Version!, $accept: [CurationChoiceInput!]!) {
      curate(documentId: $id, expectedVersion: $version, accept: $accept) { version errors { code message subject } } }`,
    { id: view.id, version: view.version, accept });
    view.version = data.curate.version;
    for (const edit of edits) {
      view.version = await applyEdit(edit, view.version);
    }
    fill($('#written'), `Wrote the curated document: version ${view.version}`,
      edits.length > 0 ? ` (${edits.length} edited)` : '', '. ',
      el('a', { href: readPath(view.id), id: 'edit-curated' }, 'Edit it on the reading page'));
  } catch (error) {
    showError($('#alerts'), error instanceof ApiError ? error : new ApiError(String(error.message || error), 'INTERNAL'),
      () => location.reload());
  }
}

async function start() {
  view.id = documentFromLocation();
  let viewer;
  let data;
  try {
    viewer = await setupAccount($('#account'));
    if (!includes(viewer.role, 'READER')) {
      fill($('#title'), 'Sign in to curate');
      return;
    }
    if (!view.id) {
      throw new ApiError('no document: open /curate/{documentId}', 'BAD_REQUEST');
    }
    data = await loadCuration(view.id);
  } catch (error) {
    fill($('#title'), `Curating ${view.id || ''}`);
    showError($('#alerts'), error instanceof ApiError ? error : new ApiError(String(error.message || error), 'INTERNAL'),
      () => location.reload());
    document.body.dataset.ready = 'true';
    return;
  }
  view.version = data.document.version;
  view.text = data.document.text;
  view.canWrite = includes(viewer.role, 'CURATOR');
  fill($('#title'), `Curating ${data.document.title || view.id}`);
  fill($('#curating'), `${view.id}, version ${view.version}`);
  $('#read-link').setAttribute('href', readPath(view.id));
  const { curation } = data;
  const disputed = curation.items.filter((item) => !item.agreed);
  fill($('#summary'), `${curation.annotators.length} copies (${curation.annotators.join(', ')}): `
    + `${curation.itemCount} items, ${curation.agreedCount} agreed, ${disputed.length} to decide.`
    + (view.canWrite ? '' : ' Only a curator can write the curated document.'));
  renderCopies(data.copies);
  renderDisputed(disputed);
  renderAgreed(curation.items.filter((item) => item.agreed));
  const form = $('#decisions');
  form.hidden = false;
  $('#write').hidden = !view.canWrite;
  form.addEventListener('change', countDecided);
  form.addEventListener('submit', write);
  document.body.dataset.ready = 'true';
}

start();
