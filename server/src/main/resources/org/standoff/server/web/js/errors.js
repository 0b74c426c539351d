// How a failed call is shown: its code and message, the validator's diagnostics for
// INVALID_ANNOTATION, and a reload button for CONFLICT (someone else edited the document).
import { el, fill } from './dom.js';

/** Shows `error` in `container` (a role="alert" element); `onReload` reloads the document. */
export function showError(container, error, onReload) {
  const code = error.code || 'INTERNAL';
  if (code === 'CONFLICT') {
    fill(container, el('p', {}, 'The document was changed elsewhere since you loaded it (CONFLICT). ',
      el('button', { type: 'button', class: 'reload', onclick: onReload }, 'Reload the document')));
    return;
  }
  const diagnostics = error.diagnostics || [];
  fill(container, el('p', {}, el('strong', {}, code), ': ', error.message),
    diagnostics.length === 0 ? null : el('ul', { class: 'diagnostics' }, diagnostics.map((d) =>
      el('li', {}, el('code', {}, d.code), ' ', d.message, d.subject ? ` (${d.subject})` : ''))));
}

/** Empties an error container. */
export function clearError(container) {
  fill(container);
}
