// The copy switcher of the reading page. When the document shown has annotators' copies (see the
// API's assignDocument), it offers the curated document and the copies the viewer may open (an
// annotator: their own; readers and curators: all), the state of the copy shown (new, in progress,
// done) to its annotator and to curators, and for curators a link to the curation view. The page
// announces each document it shows with the event `standoff:document` ({id}); a state change asks it
// to reload with `standoff:reload` (the copy's version moved).
import { includes } from './account.js';
import { graphql, loadViewer } from './api.js';
import { el, fill } from './dom.js';

const STATES = [['NEW', 'new'], ['IN_PROGRESS', 'in progress'], ['DONE', 'done']];

/** The reading page's path for document `id` (an id with a slash goes in the query). */
export function readPath(id) {
  return id.includes('/') ? `/?doc=${encodeURIComponent(id)}` : `/read/${encodeURIComponent(id)}`;
}

/** `{original, annotator}` of a document id: a copy is `original~annotator`. */
function split(id) {
  const at = id.lastIndexOf('~');
  return at < 0 ? { original: id, annotator: null } : { original: id.slice(0, at), annotator: id.slice(at + 1) };
}

async function loadCopies(id) {
  try {
    return (await graphql('query ($id: ID!) { copies(documentId: $id) { annotator state } }', { id })).copies;
  } catch (error) {
    return [];
  }
}

/** Shows the switcher for document `id` in `bar`, or hides it when the document has no copies. */
async function show(bar, viewer, id) {
  let { original, annotator } = split(id);
  let copies = await loadCopies(original);
  if (annotator !== null && !copies.some((copy) => copy.annotator === annotator)) {
    ({ original, annotator } = { original: id, annotator: null });
    copies = await loadCopies(original);
  }
  const curator = includes(viewer.role, 'CURATOR');
  const visible = copies.filter((copy) => copy.annotator === viewer.name || curator || viewer.role === 'READER');
  bar.hidden = visible.length === 0;
  if (bar.hidden) {
    fill(bar);
    return;
  }
  const picker = el('select', { id: 'copy' },
    el('option', { value: original }, 'curated document'),
    visible.map((copy) => el('option', { value: `${original}~${copy.annotator}` },
      `${copy.annotator === viewer.name ? 'your' : `${copy.annotator}'s`} copy (${STATES.find(([s]) => s === copy.state)[1]})`)));
  picker.value = id;
  picker.addEventListener('change', () => location.assign(readPath(picker.value)));
  const mine = annotator !== null && (annotator === viewer.name || curator);
  const current = copies.find((copy) => copy.annotator === annotator);
  let state = null;
  if (mine) {
    state = el('select', { id: 'copy-state' }, STATES.map(([value, label]) => el('option', { value }, label)));
    state.value = current.state;
    state.addEventListener('change', async () => {
      state.disabled = true;
      try {
        await graphql(`mutation ($id: ID!, $annotator: String, $state: CopyState!) {
          setCopyState(documentId: $id, annotator: $annotator, state: $state) { state } }`,
        { id: original, annotator, state: state.value });
        document.dispatchEvent(new CustomEvent('standoff:reload',
          { detail: `${annotator}'s copy is ${STATES.find(([s]) => s === state.value)[1]}` }));
      } catch (error) {
        document.dispatchEvent(new CustomEvent('standoff:reload', { detail: `Not changed: ${error.message}` }));
      }
    });
  }
  fill(bar, el('label', { for: 'copy' }, 'Showing'), picker,
    state ? [el('label', { for: 'copy-state' }, 'State'), state] : null,
    curator ? el('a', { href: `/curate/${encodeURIComponent(original)}`, id: 'curate-link' }, 'Curate') : null);
}

/** Follows the page's documents in `bar` (the header's #copies). */
async function setup(bar) {
  if (!bar) {
    return;
  }
  let viewer = null;
  let shown = 0;
  document.addEventListener('standoff:document', async (event) => {
    const mine = ++shown;
    viewer = viewer || await loadViewer();
    if (mine === shown) {
      await show(bar, viewer, event.detail.id);
      bar.dataset.ready = event.detail.id;
    }
  });
}

setup(document.getElementById('copies'));
