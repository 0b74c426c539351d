// The reading and annotating page: wires the document picker, the rendered text and its attribution
// links, the panel, the forms, the entity, claim and edit lists and the keyboard to the GraphQL API.
// Other pages' modules hook in through `app` (exported) without changing this file's wiring.
import { includes, setupAccount } from './account.js';
import { ApiError, loadCorpus, loadDocument } from './api.js';
import { fill } from './dom.js';
import { setupAnnotate } from './annotate.js';
import { setupAttribute } from './attribute.js';
import { renderClaims } from './claims.js';
import { setupDocuments } from './documents.js';
import { commands } from './commands.js';
import { setupEdits } from './edits.js';
import { mentionsByEntity, renderEntities, setupEntityCard } from './entities.js';
import { showError } from './errors.js';
import { listenForKeys, renderHelp } from './keys.js';
import { drawLinks } from './links.js';
import { attributionsOf, find, kindOf, spanAnnotations, SPAN_KINDS } from './model.js';
import { clearPanel, showPanel } from './panel.js';
import { coveringItems, listenToText } from './pointer.js';
import { loadReview, renderReview } from './review.js';
import { mark, renderText } from './text.js';

const $ = (selector) => document.querySelector(selector);
const textRoot = $('#text');
const panel = $('#panel');
const status = $('#status');
const alerts = $('#alerts');
const help = $('#help');

export const app = {
  readOnly: true,
  doc: null,
  index: new Map(),
  current: null,
  chosenAttribution: null,
  entity: null,
  lastSelection: null,
  free: false,

  /** Shows the document `id`; `push` records it in the browser history as /read/{id}. */
  async open(id, push) {
    if (push) {
      // Servers refuse an encoded slash in a path, so such an id goes in the query instead.
      const path = id.includes('/') ? `/?doc=${encodeURIComponent(id)}` : `/read/${encodeURIComponent(id)}`;
      history.pushState({ id }, '', path);
    }
    $('#documents').dataset.open = id;
    this.documents.select.value = id;
    this.entity = null;
    this.current = null;
    await this.reload(null);
  },

  /** Reloads the current document from the server and says `message`. */
  async reload(message) {
    const id = $('#documents').dataset.open;
    fill(alerts);
    let revision;
    try {
      this.doc = await loadDocument(id);
      performance.mark('standoff-loaded');
      revision = await loadReview(id);
    } catch (error) {
      this.report(error);
      return;
    }
    fill($('#title'), this.doc.title || this.doc.id);
    fill($('#version'), `version ${this.doc.version}`);
    this.index = renderText(textRoot, this.doc);
    renderReview($('#review-section'), $('#review'), textRoot, this.doc, revision);
    this.annotate.setEntities(this.doc.entities);
    this.showEntities();
    this.showClaims();
    const current = this.current && find(this.doc, this.current.kind, this.current.id) ? this.current : null;
    if (current) {
      this.goTo(current.id, null, false);
    } else {
      this.unselect();
    }
    this.say(message || `${this.doc.quotes.length} quotes, ${this.doc.mentions.length} mentions, ${this.doc.cues.length} cues, `
      + `${this.doc.attributions.length} attributions, ${this.doc.claims.length} claims`);
    document.dispatchEvent(new CustomEvent('standoff:document', { detail: { id: this.doc.id } })); // copies.js
  },

  say(message) {
    fill(status, message);
  },

  report(error) {
    showError(alerts, error instanceof ApiError ? error : new ApiError(String(error.message || error), 'INTERNAL'),
      () => this.reload('Reloaded the document'), (id) => this.goTo(id),
      (id) => (this.doc && kindOf(this.doc, id) ? `${kindOf(this.doc, id)} ${id}` : id));
  },

  showEntities() {
    renderEntities($('#entities'), this.doc, this.entity, (entityId) => this.highlight(entityId));
    mark(textRoot, this.index, 'hl', this.entity ? mentionsByEntity(this.doc).get(this.entity) || [] : []);
    this.entityCard.show(this.entity);
  },

  showClaims() {
    renderClaims($('#claims'), this.doc, $('#claims-outside').checked, (id) => this.goTo(id));
  },

  /** Highlights every mention of `entityId` (null: none) and opens its card; `quiet` keeps the message line. */
  highlight(entityId, quiet = false) {
    this.entity = entityId && find(this.doc, 'entity', entityId) ? entityId : null;
    this.showEntities();
    if (this.entity && !quiet) {
      const entity = find(this.doc, 'entity', entityId);
      this.say(`${mentionsByEntity(this.doc).get(entityId).length} mention(s) of ${entity.canonicalName} highlighted`);
    }
  },

  /** Marks the attribution `id` (null: none): its speaker, cue and quotes get the class `partner`, its links drawn strong. */
  showPartners(id) {
    const attribution = id ? find(this.doc, 'attribution', id) : null;
    this.chosenAttribution = attribution ? id : null;
    const ids = attribution ? [attribution.source, attribution.cue, ...attribution.contents.map((c) => c.quote)]
      .filter(Boolean).map((reference) => reference.id) : [];
    mark(textRoot, this.index, 'partner', ids);
    drawLinks($('#links'), $('.text-wrap'), this.index, this.doc, this.chosenAttribution);
  },

  /**
   * Makes the annotation `id` current (an attribution: its first quote, with `attributionId` chosen):
   * marks it, shows it in the panel with what else lies there, and scrolls to it when `scroll`.
   */
  goTo(id, attributionId = null, scroll = true, others = null) {
    let kind = kindOf(this.doc, id);
    if (kind === 'attribution') {
      attributionId = id;
      id = find(this.doc, 'attribution', id).contents[0].quote.id;
      kind = 'quote';
    }
    if (kind === 'entity') {
      this.highlight(id);
      return;
    }
    if (!SPAN_KINDS.includes(kind)) {
      return;
    }
    this.current = { kind, id };
    const segments = this.index.get(id) || [];
    const first = segments[0];
    const around = others || (first ? coveringItems(this.doc, first) : []);
    showPanel(panel, this, [this.current, ...around.filter((item) => item.id !== id)]);
    mark(textRoot, this.index, 'selected', [id]);
    const serves = attributionsOf(this.doc, id);
    this.showPartners(attributionId || (serves.length > 0 ? serves[0].attribution.id : null));
    if (first && scroll) {
      first.setAttribute('tabindex', first.getAttribute('tabindex') || '-1');
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: 'nearest' });
    }
  },

  unselect() {
    this.current = null;
    clearPanel(panel);
    mark(textRoot, this.index, 'selected', []);
    this.showPartners(null);
  },

  /** Goes to the next (`direction` 1) or previous (-1) span annotation in text order. */
  step(direction) {
    const all = this.doc ? spanAnnotations(this.doc) : [];
    if (all.length === 0) {
      return;
    }
    const at = this.current ? all.findIndex((a) => a.kind === this.current.kind && a.id === this.current.id) : -1;
    const next = at < 0 ? (direction > 0 ? 0 : all.length - 1) : (at + direction + all.length) % all.length;
    this.goTo(all[next].id);
  },

  ...commands,

  help() {
    help.hidden = false;
    help.querySelector('.close').focus();
  },
  searchDocuments() {
    this.documents.search.focus();
  },

  /** Closes the innermost open thing: the help, a form, then the current annotation and selection. */
  escape() {
    if (!help.hidden) {
      help.hidden = true;
    } else if (this.annotate.isOpen()) {
      this.annotate.hide();
    } else if (this.attributeForm.isOpen()) {
      this.attributeForm.hide();
    } else {
      window.getSelection().removeAllRanges();
      this.lastSelection = null;
      this.unselect();
    }
    if (document.activeElement && document.activeElement.closest('form, .overlay')) {
      document.activeElement.blur();
    }
  },
};

function documentFromLocation() {
  const match = location.pathname.match(/^\/read\/(.+)$/);
  return match ? decodeURIComponent(match[1]) : new URLSearchParams(location.search).get('doc');
}

async function start() {
  app.annotate = setupAnnotate($('#annotate'), app);
  app.attributeForm = setupAttribute($('#attribute'), app);
  app.entityCard = setupEntityCard($('#entity-card'), app);
  app.edits = setupEdits(app, $('#edits'), $('#undo'), $('#redo'));
  app.documents = setupDocuments($('#documents'), (id) => app.open(id, true));
  $('#undo').addEventListener('click', () => app.undo());
  $('#redo').addEventListener('click', () => app.redo());
  $('#help-button').addEventListener('click', () => app.help());
  help.querySelector('.close').addEventListener('click', () => { help.hidden = true; });
  $('#claims-outside').addEventListener('change', () => app.showClaims());
  renderHelp(help);
  listenForKeys(app);
  listenToText(app, textRoot);
  app.edits.render();
  let corpus;
  try {
    const viewer = await setupAccount($('#account'));
    if (!includes(viewer.role, 'READER')) {
      fill($('#title'), 'Sign in to read this corpus');
      app.say('This server has accounts: paste the token an admin gave you (standoff user token NAME) above.');
      return;
    }
    corpus = await loadCorpus();
    app.readOnly = corpus.readOnly || !includes(viewer.role, 'ANNOTATOR');
  } catch (error) {
    app.report(error);
    return;
  }
  document.body.classList.toggle('read-only', app.readOnly);
  $('#annotate-help').hidden = app.readOnly;
  const shown = await app.documents.load(documentFromLocation());
  window.addEventListener('popstate', () => app.open(documentFromLocation() || app.documents.select.value, false));
  document.addEventListener('standoff:reload', (event) => app.reload(event.detail)); // copies.js
  const wanted = documentFromLocation() || (shown[0] && shown[0].id);
  if (!wanted) {
    app.say('This corpus has no documents.');
    return;
  }
  await app.open(wanted, false);
  performance.mark('standoff-interactive');
  document.body.dataset.ready = 'true';
}

start();
