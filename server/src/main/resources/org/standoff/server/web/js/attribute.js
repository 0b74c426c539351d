// The attribute form: who said a quote through which words. It creates an attribution for the quote
// (or adds the quote to an existing one, as a continuation, say), with its speaker mention, cue,
// content link, enclosing attribution and supplements. While it is open, clicking a mention in the
// text makes it the speaker and clicking a cue makes it the cue.
import { ApiError } from './api.js';
import { el, fill } from './dom.js';
import { changed, created, deleted } from './edits.js';
import { clearError, showError } from './errors.js';
import { attributionsOf, boundsOf, find, textOf, toInput } from './model.js';

const NEW = '';

/** Nearest first: `list` sorted by the distance of each annotation from `range`. */
function byDistance(list, range) {
  const distance = (a) => {
    const bounds = boundsOf(a);
    return bounds.end <= range.start ? range.start - bounds.end : bounds.start >= range.end ? bounds.start - range.end : 0;
  };
  return list.slice().sort((a, b) => distance(a) - distance(b));
}

/** A free attribution id: a1, a2, … */
function attributionId(doc) {
  let n = doc.attributions.length + 1;
  while (doc.attributions.some((a) => a.id === `a${n}`)) {
    n++;
  }
  return `a${n}`;
}

/** Wires `form` to `app`; answers {show(quote), hide(), isOpen(), pick(kind, id)}. */
export function setupAttribute(form, app) {
  const fields = form.elements;
  const errors = form.querySelector('.errors');
  let quote = null;
  let supplements = [];

  const attribution = () => (fields.target.value === NEW ? null : find(app.doc, 'attribution', fields.target.value));

  const showSupplements = () => fill(form.querySelector('.supplements'), supplements.map((s, i) => el('li', {},
    `${s.role.toLowerCase()} “${app.doc.text.slice(s.start, s.end)}” `,
    el('button', { type: 'button', onclick: () => { supplements.splice(i, 1); showSupplements(); } }, 'Remove'))));

  const showTarget = () => {
    const chosen = attribution();
    fields.source.value = chosen && chosen.source ? chosen.source.id : '';
    fields.cue.value = chosen && chosen.cue ? chosen.cue.id : '';
    fields.nestedIn.value = chosen && chosen.nestedIn ? chosen.nestedIn.id : '';
    const content = chosen ? chosen.contents.find((c) => c.quote.id === quote.id) : null;
    fields.link.value = content ? content.link : chosen ? 'CONTINUATION' : 'EXPLICIT';
    supplements = chosen ? chosen.supplements.map((s) => ({ role: s.role, start: s.range.start, end: s.range.end })) : [];
    showSupplements();
    app.showPartners(chosen ? chosen.id : null);
  };
  fields.target.addEventListener('change', showTarget);

  const hide = () => {
    quote = null;
    form.hidden = true;
    clearError(errors);
  };
  form.querySelector('.cancel').addEventListener('click', hide);
  form.querySelector('.add-supplement').addEventListener('click', () => {
    const range = app.lastSelection;
    if (!range) {
      showError(errors, new ApiError('select the addressee or setting in the text first', 'BAD_REQUEST'));
      return;
    }
    supplements.push({ role: fields.supplementRole.value, ...range });
    showSupplements();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!quote) {
      return;
    }
    const chosen = attribution();
    const input = {
      source: fields.source.value || null,
      cue: fields.cue.value || null,
      nestedIn: fields.nestedIn.value || null,
      supplements,
    };
    const contents = chosen ? toInput('attribution', chosen).contents.filter((c) => c.quote !== quote.id) : [];
    contents.push({ quote: quote.id, link: fields.link.value });
    input.contents = contents;
    const steps = [];
    // a quote is content of one attribution: moving it takes it out of the old one
    for (const { attribution: old } of attributionsOf(app.doc, quote.id).filter((a) => a.role === 'quote')) {
      if (chosen && old.id === chosen.id) {
        continue;
      }
      const rest = old.contents.filter((c) => c.quote.id !== quote.id);
      steps.push(rest.length === 0 ? deleted('attribution', old)
        : changed('attribution', old, { contents: toInput('attribution', old).contents.filter((c) => c.quote !== quote.id) }));
    }
    steps.push(chosen ? changed('attribution', chosen, input) : created('attribution', { id: attributionId(app.doc), ...input }));
    const ids = await app.edits.apply(`Attributed quote ${quote.id}`, steps);
    if (ids) {
      const id = ids[ids.length - 1];
      hide();
      app.goTo(quote.id, id);
    }
  });

  return {
    /** Opens the form for the quote `quoteItem`. */
    show(quoteItem) {
      quote = quoteItem;
      const doc = app.doc;
      const range = boundsOf(quote);
      fill(form.querySelector('#attribute-title'), `Attribute quote ${quote.id}`);
      fill(form.querySelector('.quote-text'), textOf(doc, quote));
      const current = attributionsOf(doc, quote.id).find((a) => a.role === 'quote');
      const describe = (a) => {
        const source = a.source ? find(doc, 'mention', a.source.id) : null;
        return `${a.id}: ${source ? textOf(doc, source) : 'no speaker'} → ${a.contents.map((c) => c.quote.id).join(', ')}`;
      };
      fill(fields.target, el('option', { value: NEW }, 'New attribution'),
        doc.attributions.map((a) => el('option', { value: a.id }, describe(a))));
      const mentionLabel = (m) => {
        const entity = m.entity ? find(doc, 'entity', m.entity.id) : null;
        return `“${textOf(doc, m)}” ${m.id}${entity ? ' → ' + entity.canonicalName : ''}`;
      };
      fill(fields.source, el('option', { value: '' }, '(none)'),
        byDistance(doc.mentions, range).map((m) => el('option', { value: m.id }, mentionLabel(m))));
      fill(fields.cue, el('option', { value: '' }, '(none)'),
        byDistance(doc.cues, range).map((c) => el('option', { value: c.id }, `“${textOf(doc, c)}” ${c.id}`)));
      fill(fields.nestedIn, el('option', { value: '' }, '(none)'),
        doc.attributions.map((a) => el('option', { value: a.id }, describe(a))));
      fields.target.value = current ? current.attribution.id : NEW;
      showTarget();
      form.hidden = false;
      form.scrollIntoView({ block: 'nearest' });
      clearError(errors);
      fields.source.focus();
    },
    hide,
    isOpen: () => !form.hidden,
    /** Takes the clicked mention as the speaker or the clicked cue as the cue; answers whether it did. */
    pick(kind, id) {
      if (form.hidden || (kind !== 'mention' && kind !== 'cue')) {
        return false;
      }
      (kind === 'mention' ? fields.source : fields.cue).value = id;
      return true;
    },
  };
}
