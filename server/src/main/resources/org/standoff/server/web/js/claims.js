// The claims list: every claim of the document in text order, with its claimant and whether it is
// in a quote; a tick shows only the claims in no quote (the author's). Clicking one goes there.
import { el, fill } from './dom.js';
import { boundsOf, find, textOf } from './model.js';

/** Renders the claims of `doc` into `list`; `outsideOnly` keeps those in no quote; `onPick(id)` follows a click. */
export function renderClaims(list, doc, outsideOnly, onPick) {
  const claims = doc.claims.filter((claim) => !outsideOnly || !claim.quote)
    .sort((a, b) => boundsOf(a).start - boundsOf(b).start);
  fill(list, claims.map((claim) => {
    const claimant = claim.claimant ? find(doc, 'entity', claim.claimant.id) : null;
    const text = textOf(doc, claim);
    return el('li', { 'data-claim': claim.id, class: claim.quote ? 'in-quote' : 'outside' },
      el('button', { type: 'button', class: 'link', onclick: () => onPick(claim.id) },
        `${claim.id} · ${claim.claimType.toLowerCase()}${claim.checkworthy ? ' · check-worthy' : ''}`),
      ` ${claimant ? claimant.canonicalName : 'no claimant'}${claim.quote ? ` (in ${claim.quote.id})` : ' (in no quote)'}: `,
      el('span', { class: 'claim-text' }, claim.claimText || (text.length > 80 ? text.slice(0, 79) + '…' : text)));
  }));
}
