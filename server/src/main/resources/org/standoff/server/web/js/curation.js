// The curation view (/curate/{documentId}): a document's annotators' copies aligned by the API's
// `curation` field. Agreed items are listed (pre-accepted); every other item shows its options side
// by side, each with its annotators, its signature and its text in context; the curator accepts one
// option per item (or none) and writes the curated document through `curate`.
import { includes, setupAccount } from './account.js';
import { ApiError, graphql } from './api.js';
import { el, fill } from './dom.js';
import { showError } from './errors.js';
import { readPath } from './copies.js';

const $ = (selector) => document.querySelector(selector);
const CONTEXT = 40;
const STATES = { NEW: 'new', IN_PROGRESS: 'in progress', DONE: 'done' };

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
        el('input', { type: 'radio', name: `item-${i}`, value: 'none', disabled: !view.canWrite }), ' none of them')))));
  countDecided();
}

function renderAgreed(items) {
  fill($('#agreed-title'), `Agreed items (${items.length}, pre-accepted)`);
  fill($('#agreed'), items.map((item) => el('li', { 'data-layer': item.layer },
    `${item.layer} `, el('code', {}, item.options[0].signature), ' ', el('q', {}, item.options[0].text))));
}

/** The accepted choices: per decided item, the chosen option's first copy's annotation. */
function accepted() {
  const accept = [];
  view.disputed.forEach((item, i) => {
    const checked = document.querySelector(`input[name="item-${i}"]:checked`);
    if (checked && checked.value !== 'none') {
      const choice = item.options[Number(checked.value)].choices[0];
      accept.push({ annotator: choice.annotator, id: choice.id });
    }
  });
  return accept;
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
    const data = await graphql(`mutation ($id: ID!, $version: Version!, $accept: [CurationChoiceInput!]!) {
      curate(documentId: $id, expectedVersion: $version, accept: $accept) { version errors { code message subject } } }`,
    { id: view.id, version: view.version, accept: accepted() });
    view.version = data.curate.version;
    fill($('#written'), `Wrote the curated document: version ${view.version}. `,
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
