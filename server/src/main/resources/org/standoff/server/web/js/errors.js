// Shows an API error in plain words: a refused edit says what depends on what ("m-jiang-3 is the
// speaker of attribution a3") with a button that goes there; CONFLICT (someone else edited the
// document) offers a reload. The diagnostic's code stays visible for whoever reports a problem.
import { el, fill } from './dom.js';

/** What a reference field makes its target, for "X is the speaker of attribution a3". */
const ROLES = {
  source: 'the speaker',
  cue: 'the cue',
  'contents.quote': 'a content quote',
  nestedIn: 'the enclosing attribution',
  claimant: 'the claimant',
  attribution: 'the attribution',
  quote: 'the quote',
  entity: 'the entity',
  embeddedIn: 'the enclosing quote',
};

/**
 * The plain words for a diagnostic {code, message, subject}: a dangling reference left by a delete
 * reads "TARGET is ROLE of SUBJECT" (`nameOf(id)` names the subject, e.g. "attribution a3"); anything
 * else keeps the validator's message.
 */
export function plainWords(diagnostic, nameOf = (id) => id) {
  const dangling = diagnostic.code === 'ref.dangling' && /^(\S+) "(.+)" does not exist$/.exec(diagnostic.message);
  if (dangling && ROLES[dangling[1]] && diagnostic.subject) {
    return `${dangling[2]} is ${ROLES[dangling[1]]} of ${nameOf(diagnostic.subject)}`;
  }
  return diagnostic.message + (diagnostic.subject ? ` (${diagnostic.subject})` : '');
}

/**
 * Shows `error` in `container` (a role="alert" element); `onReload` reloads the document, and
 * `goTo(id)`, when given, shows the annotation a diagnostic names, which `nameOf(id)` names.
 */
export function showError(container, error, onReload, goTo, nameOf) {
  const code = error.code || 'INTERNAL';
  if (code === 'CONFLICT') {
    fill(container, el('p', {}, 'The document was changed elsewhere since you loaded it (CONFLICT). ',
      el('button', { type: 'button', class: 'reload', onclick: onReload }, 'Reload the document')));
    return;
  }
  const diagnostics = error.diagnostics || [];
  const dangling = diagnostics.some((d) => d.code === 'ref.dangling');
  fill(container, el('p', {}, dangling ? 'Not done: something else still uses it. ' : null,
    el('strong', {}, code), ': ', error.message),
  diagnostics.length === 0 ? null : el('ul', { class: 'diagnostics' }, diagnostics.map((d) =>
    el('li', {}, plainWords(d, nameOf), ' ', el('code', {}, d.code), d.subject && goTo
      ? [' ', el('button', { type: 'button', class: 'go', 'data-go': d.subject, onclick: () => goTo(d.subject) },
        `Go to ${d.subject}`)] : null))));
}

/** Empties an error container. */
export function clearError(container) {
  fill(container);
}
