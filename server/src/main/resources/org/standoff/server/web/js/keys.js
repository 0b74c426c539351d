// One keyboard path through the page. The keys are listed once, here, and the help overlay (?)
// shows this list. Keys are ignored while typing in a field, except Escape.
import { el, fill } from './dom.js';

/** [keys shown, description, the `app` method and argument it runs, the event keys that trigger it]. */
export const KEYS = [
  ['j / k', 'Next / previous annotation (opens it in the panel)', 'step', [['j', 1], ['k', -1]]],
  ['Enter', 'Open the annotation at the focused piece of text', null, []],
  ['e', 'Edit the current annotation (type and attributes)', 'editCurrent', [['e']]],
  ['x / Delete', 'Delete the current annotation (undo with u)', 'removeCurrent', [['x'], ['Delete']]],
  ['a', 'Attribute the current quote (speaker, cue, link)', 'attributeCurrent', [['a']]],
  ['[ / ]', 'Move the current annotation\'s start one character left / right', 'nudgeCurrent', [['[', 'start', -1], [']', 'start', 1]]],
  ['{ / }', 'Move its end one character left / right', 'nudgeCurrent', [['{', 'end', -1], ['}', 'end', 1]]],
  ['m / q / c / l', 'With text selected: create a mention / quote / cue / claim', 'createFromSelection',
    [['m', 'mention'], ['q', 'quote'], ['c', 'cue'], ['l', 'claim']]],
  ['u / Ctrl+Z', 'Undo your last edit', 'undo', [['u'], ['z', 'ctrl']]],
  ['Shift+U / Ctrl+Y', 'Redo', 'redo', [['U'], ['y', 'ctrl'], ['Z', 'ctrl']]],
  ['/', 'Search the documents', 'searchDocuments', [['/']]],
  ['?', 'Show this help', 'help', [['?']]],
  ['Esc', 'Close the form, the help or the selection', 'escape', []],
];

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Shows the key list in the overlay `help` (its tbody #help-keys). */
export function renderHelp(help) {
  fill(help.querySelector('#help-keys'), KEYS.map(([keys, description]) => el('tr', {}, el('th', {}, el('kbd', {}, keys)), el('td', {}, description))));
}

/** Routes key presses on `document` to `app`'s methods. */
export function listenForKeys(app) {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      app.escape();
      return;
    }
    if (TYPING.has(event.target.tagName) || event.altKey || event.metaKey) {
      return;
    }
    const ctrl = event.ctrlKey;
    // Shift+u arrives as 'U' from a keyboard, as 'u' with shiftKey from some drivers
    const pressed = event.shiftKey && /^[a-z]$/.test(event.key) ? event.key.toUpperCase() : event.key;
    for (const [, , method, bindings] of KEYS) {
      for (const [key, ...args] of bindings) {
        const wantsCtrl = args[0] === 'ctrl';
        if (pressed === key && ctrl === wantsCtrl) {
          event.preventDefault();
          app[method](...(wantsCtrl ? [] : args));
          return;
        }
      }
    }
  });
}
