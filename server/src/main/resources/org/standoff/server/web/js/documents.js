// The document picker: a search box (titles and text), a select holding one page of documents with
// their counts, and previous/next page buttons for large corpora.
import { loadDocuments } from './api.js';
import { el, fill } from './dom.js';

export const PAGE_SIZE = 50;

function optionLabel(d) {
  return `${d.title ? `${d.title} (${d.id})` : d.id} · ${d.quotes} quotes, ${d.mentions} mentions, ${d.claims} claims`;
}

/**
 * Wires the picker form `form` (#doc-search, #document, #doc-previous, #doc-next, #doc-page) to
 * `onPick(id)`. Answers {load(search, wanted), select} where load shows the first page (keeping
 * `wanted` selected when listed) and answers the documents shown.
 */
export function setupDocuments(form, onPick) {
  const search = form.querySelector('#doc-search');
  const select = form.querySelector('#document');
  const previous = form.querySelector('#doc-previous');
  const next = form.querySelector('#doc-next');
  const pageLabel = form.querySelector('#doc-page');
  const cursors = [null];
  let page = 0;
  let shown = [];
  let answer = null;

  const show = async (wanted, pickFirst = false) => {
    answer = await loadDocuments(search.value.trim(), PAGE_SIZE, cursors[page]);
    shown = answer.documents;
    const listed = (id) => shown.some((d) => d.id === id);
    let open = wanted || form.dataset.open;
    if (pickFirst && shown.length > 0 && !listed(open)) {
      open = shown[0].id;
      onPick(open);
    }
    // the open document stays selectable on every page
    const elsewhere = open && !listed(open) ? el('option', { value: open }, open) : null;
    fill(select, elsewhere, shown.map((d) => el('option', { value: d.id }, optionLabel(d))));
    if (open) {
      select.value = open;
    }
    previous.disabled = page === 0;
    next.disabled = !answer.hasNextPage || !answer.endCursor;
    const first = page * PAGE_SIZE;
    fill(pageLabel, shown.length === 0 ? 'no documents match'
      : `${first + 1}–${first + shown.length} of ${answer.totalCount}`);
    return shown;
  };

  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      page = 0;
      cursors.length = 1;
      show(null, true);
    }, 250);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  select.addEventListener('change', () => onPick(select.value));
  next.addEventListener('click', async () => {
    cursors[page + 1] = answer.endCursor;
    page++;
    await show(null);
  });
  previous.addEventListener('click', async () => {
    page = Math.max(0, page - 1);
    await show(null);
  });

  return {
    load: (wanted) => show(wanted),
    select,
    search,
  };
}
