// Pointer and selection in the text: a click (or Enter) opens what lies there, or picks the speaker
// or cue for the open attribute form; a finished selection opens the annotate form; Alt held while
// selecting places the selection freely.
import { boundsOf, find, SPAN_KINDS } from './model.js';
import { selectedRange } from './segments.js';

const idsIn = (element, kind) => (element.dataset[kind] || '').split(' ').filter(Boolean);
const extent = (annotation) => boundsOf(annotation).end - boundsOf(annotation).start;

/** The annotations covering the segment `element`: quotes innermost first, then mentions (shortest first), cues, claims. */
export function coveringItems(doc, element) {
  const items = [];
  for (const kind of SPAN_KINDS) {
    const found = idsIn(element, kind + 's').map((id) => find(doc, kind, id)).filter(Boolean)
      .sort((a, b) => extent(a) - extent(b));
    items.push(...found.map((annotation) => ({ kind, id: annotation.id })));
  }
  return items;
}

/** A click or Enter on a piece of text: picks a speaker or cue for the attribute form, else opens what lies there. */
function choose(app, target) {
  const element = target.closest('.seg');
  if (!element) {
    return;
  }
  const items = coveringItems(app.doc, element);
  const pickable = items.find((item) => item.kind === 'mention') || items.find((item) => item.kind === 'cue');
  if (app.attributeForm.isOpen() && pickable && app.attributeForm.pick(pickable.kind, pickable.id)) {
    app.say(`${pickable.kind === 'mention' ? 'Speaker' : 'Cue'}: ${pickable.id}`);
    return;
  }
  if (items.length > 0) {
    app.goTo(items[0].id, null, false, items);
  }
}

/** Listens to clicks, keys and selections in `textRoot` for `app`. */
export function listenToText(app, textRoot) {
  textRoot.addEventListener('click', (event) => {
    if (window.getSelection().isCollapsed) {
      choose(app, event.target);
    }
  });
  textRoot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(app, event.target);
    }
  });
  const modifiers = (event) => {
    app.free = event.altKey;
  };
  for (const type of ['mousedown', 'mouseup', 'keydown', 'keyup']) {
    document.addEventListener(type, modifiers, true);
  }
  let waiting = null;
  document.addEventListener('selectionchange', () => {
    const range = app.doc ? selectedRange(textRoot) : null;
    if (!range) {
      return;
    }
    app.lastSelection = range;
    clearTimeout(waiting);
    waiting = setTimeout(() => {
      if (!app.readOnly && !app.attributeForm.isOpen()) {
        app.annotate.show(range, null, app.free);
      }
    }, 120);
  });
  window.addEventListener('resize', () => app.doc && app.showPartners(app.chosenAttribution));
}

