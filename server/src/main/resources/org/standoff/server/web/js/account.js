// The account bar in the header: who is signed in (and a Sign out button), or a Sign in form taking
// a token. A local server without accounts lets everyone do everything and shows neither.
import { ApiError, loadViewer } from './api.js';
import { el, fill } from './dom.js';
import { forgetToken, hasToken, keepToken } from './session.js';

const ROLES = ['READER', 'ANNOTATOR', 'CURATOR', 'ADMIN'];

/** Whether `role` includes `needed` (each role includes the ones before it). */
export function includes(role, needed) {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * Fills the empty account `bar` of a page, finds who this tab is and shows it; answers the viewer
 * `{name, role}`. A kept token the server refuses (revoked, or from another server) is forgotten, and
 * the form says so.
 */
export async function setupAccount(bar) {
  fill(bar,
    el('span', { id: 'signed-in' }),
    el('button', { type: 'button', id: 'sign-out', hidden: true }, 'Sign out'),
    el('form', { id: 'sign-in', method: 'post', hidden: true },
      el('label', { for: 'token' }, 'Token'),
      el('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true }),
      el('button', { type: 'submit' }, 'Sign in'),
      el('span', { id: 'sign-in-problem', role: 'alert' })));
  const form = bar.querySelector('#sign-in');
  const who = bar.querySelector('#signed-in');
  const out = bar.querySelector('#sign-out');
  const problem = bar.querySelector('#sign-in-problem');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    keepToken(form.elements.token.value);
    form.elements.token.value = '';
    location.reload();
  });
  out.addEventListener('click', () => {
    forgetToken();
    location.reload();
  });

  let viewer;
  try {
    viewer = await loadViewer();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED' || !hasToken()) {
      throw error;
    }
    forgetToken();
    fill(problem, 'That token was not accepted (unknown, revoked or mistyped).');
    viewer = await loadViewer();
  }
  const signedIn = viewer.name !== null;
  fill(who, signedIn ? `Signed in as ${viewer.name} (${viewer.role.toLowerCase()})` : '');
  out.hidden = !signedIn;
  form.hidden = signedIn || viewer.role === 'ADMIN';
  bar.dataset.state = signedIn ? 'signed-in' : form.hidden ? 'open' : 'signed-out';
  return viewer;
}
