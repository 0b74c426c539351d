// The attribution links drawn over the text: for each attribution an arrow from its speaker to its
// cue and from the cue to each content quote (straight from speaker to quote when there is no cue).
// The chosen attribution's links are drawn strong, the others faint (a document with more than
// ALL_LINKS_UP_TO attributions draws only the chosen one's). An SVG over the text; it is redrawn
// after every render and resize.
const SVG = 'http://www.w3.org/2000/svg';

/** Up to this many attributions every link is drawn; beyond it, only the chosen attribution's. */
export const ALL_LINKS_UP_TO = 150;

function svgElement(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  return element;
}

/** The point under the first segment of annotation `id`, relative to `base`, or null. */
function anchor(index, id, base) {
  const first = (index.get(id) || [])[0];
  if (!first) {
    return null;
  }
  const rect = first.getClientRects()[0] || first.getBoundingClientRect();
  return { x: rect.left - base.left + Math.min(rect.width / 2, 12), y: rect.top - base.top + rect.height / 2 };
}

function arc(from, to, className) {
  const lift = Math.max(18, Math.abs(to.x - from.x) / 6);
  const midX = (from.x + to.x) / 2;
  const midY = Math.min(from.y, to.y) - lift;
  return svgElement('path', { d: `M ${from.x} ${from.y} Q ${midX} ${midY} ${to.x} ${to.y}`, class: className, 'marker-end': 'url(#arrow)' });
}

/**
 * Draws the links of `doc`'s attributions into `svg` (absolutely placed over `wrap`), from the
 * segment `index` of renderText; the attribution `chosen` (an id or null) gets the class `chosen`.
 */
export function drawLinks(svg, wrap, index, doc, chosen) {
  const base = wrap.getBoundingClientRect();
  const marker = svgElement('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(svgElement('path', { d: 'M 0 0 L 10 5 L 0 10 z' }));
  const defs = svgElement('defs', {});
  defs.append(marker);
  const paths = [defs];
  // a long document draws only the chosen attribution: measuring every anchor would lay out all its text
  const drawn = doc.attributions.length <= ALL_LINKS_UP_TO ? doc.attributions : doc.attributions.filter((a) => a.id === chosen);
  for (const attribution of drawn) {
    const className = attribution.id === chosen ? 'link chosen' : 'link';
    const speaker = attribution.source ? anchor(index, attribution.source.id, base) : null;
    const cue = attribution.cue ? anchor(index, attribution.cue.id, base) : null;
    const group = svgElement('g', { 'data-attribution': attribution.id, class: className });
    if (speaker && cue) {
      group.append(arc(speaker, cue, 'speaker-cue'));
    }
    for (const content of attribution.contents) {
      const quote = content.quote ? anchor(index, content.quote.id, base) : null;
      const from = cue || speaker;
      if (quote && from) {
        group.append(arc(from, quote, 'cue-quote'));
      }
    }
    paths.push(group);
  }
  svg.replaceChildren(...paths);
}
