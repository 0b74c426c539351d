// The reading and annotating page: wires the document picker, the rendered text, the entity
// list, the annotation panel and the annotate form to the GraphQL API.
import { includes, setupAccount } from './account.js';
import { ApiError, deleteAnnotation, loadCorpus, loadDocument } from './api.js';
import { el, fill } from './dom.js';
import { setupAnnotate } from './annotate.js';
import { mentionsByEntity, renderEntities } from './entities.js';
import { showError } from './errors.js';
import { clearPanel, showPanel } from './panel.js';
import { loadReview, renderReview } from './review.js';
import { selectedRange } from './segments.js';
import { mark, renderText } from './text.js';

const $ = (selector) => document.querySelector(selector);
const textRoot = $('#text');
const panel = $('#panel');
const status = $('#status');
const alerts = $('#alerts');

const app = {
  readOnly: true,
  doc: null,
  entity: null,
  annotate: null,

  /** Shows the document `id`; `push` records it in the browser history as /read/{id}. */
  async open(id, push) {
    if (push) {
      // Servers refuse an encoded slash in a path, so such an id goes in the query instead.
      const path = id.includes('/') ? `/?doc=${encodeURIComponent(id)}` : `/read/${encodeURIComponent(id)}`;
      history.pushState({ id }, '', path);
    }
    this.entity = null;
    await this.reload(null);
    clearPanel(panel);
  },

  /** Reloads the current document from the server and shows `message` in the status line. */
  async reload(message) {
    const id = $('#document').value;
    fill(alerts);
    let revision;
    try {
      this.doc = await loadDocument(id);
      revision = await loadReview(id);
    } catch (error) {
      this.report(error);
      return;
    }
    fill($('#title'), this.doc.title || this.doc.id);
    fill($('#version'), `version ${this.doc.version}`);
    renderText(textRoot, this.doc);
    this.showEntities();
    renderReview($('#review-section'), $('#review'), textRoot, this.doc, revision);
    this.annotate.setEntities(this.doc.entities);
    fill(status, message || `${this.doc.quotes.length} quotes, ${this.doc.mentions.length} mentions, ${this.doc.cues.length} cues`);
    document.dispatchEvent(new CustomEvent('standoff:document', { detail: { id: this.doc.id } })); // copies.js
  },

  showEntities() {
    renderEntities($('#entities'), this.doc, this.entity, (entityId) => this.highlight(entityId));
    const ids = new Set(this.entity ? mentionsByEntity(this.doc).get(this.entity) || [] : []);
    mark(textRoot, 'hl', 'mentions', ids);
  },

  /** Highlights every mention of `entityId` (null: none). */
  highlight(entityId) {
    this.entity = entityId;
    this.showEntities();
    if (entityId) {
      const entity = this.doc.entities.find((e) => e.id === entityId);
      fill(status, `${mentionsByEntity(this.doc).get(entityId).length} mention(s) of ${entity.canonicalName} highlighted`);
    }
  },

  async remove(kind, id) {
    try {
      await deleteAnnotation(kind, this.doc.id, this.doc.version, id);
      clearPanel(panel);
      await this.reload(`Deleted ${kind} ${id}`);
    } catch (error) {
      this.report(error);
    }
  },

  report(error) {
    showError(alerts, error instanceof ApiError ? error : new ApiError(String(error.message || error), 'INTERNAL'),
      () => this.reload('Reloaded the document'));
  },
};

function select(target) {
  const element = target.closest('.seg');
  if (!element || !element.dataset.quotes && !element.dataset.mentions && !element.dataset.cues) {
    return;
  }
  const quotes = showPanel(panel, app, element);
  mark(textRoot, 'selected', 'quotes', new Set(quotes.slice(0, 1)));
}

function documentFromLocation() {
  const match = location.pathname.match(/^\/read\/(.+)$/);
  return match ? decodeURIComponent(match[1]) : new URLSearchParams(location.search).get('doc');
}

async function start() {
  app.annotate = setupAnnotate($('#annotate'), app);
  let corpus;
  let viewer;
  try {
    viewer = await setupAccount($('#account'));
    if (!includes(viewer.role, 'READER')) {
      fill($('#title'), 'Sign in to read this corpus');
      fill(status, 'This server has accounts: paste the token an admin gave you (standoff user token NAME) above.');
      return;
    }
    corpus = await loadCorpus();
  } catch (error) {
    app.report(error);
    return;
  }
  app.readOnly = corpus.readOnly || !includes(viewer.role, 'ANNOTATOR');
  document.body.classList.toggle('read-only', app.readOnly);
  $('#annotate-help').hidden = app.readOnly;
  const picker = $('#document');
  fill(picker, corpus.documents.map((d) => el('option', { value: d.id }, d.title ? `${d.title} (${d.id})` : d.id)));
  const wanted = documentFromLocation();
  if (wanted && corpus.documents.some((d) => d.id === wanted)) {
    picker.value = wanted;
  }
  picker.addEventListener('change', () => app.open(picker.value, true));
  document.addEventListener('standoff:reload', (event) => app.reload(event.detail)); // copies.js
  window.addEventListener('popstate', () => {
    picker.value = documentFromLocation() || picker.value;
    app.open(picker.value, false);
  });
  textRoot.addEventListener('click', (event) => {
    if (window.getSelection().isCollapsed) {
      select(event.target);
    }
  });
  textRoot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(event.target);
    }
  });
  document.addEventListener('selectionchange', () => {
    const range = app.readOnly || !app.doc ? null : selectedRange(textRoot);
    if (range) {
      app.annotate.show(range);
    }
  });
  if (corpus.documents.length === 0) {
    fill(status, 'This corpus has no documents.');
    return;
  }
  await app.open(picker.value, false);
  document.body.dataset.ready = 'true';
}

start();
