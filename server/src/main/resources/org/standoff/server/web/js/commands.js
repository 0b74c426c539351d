// The page's editing commands, mixed into `app`: edit, delete, attribute and nudge an annotation (the
// current one, for the keys), create from the text selection, undo and redo. Each change goes
// through app.edits, so it can be undone.
import { changed, deleted } from './edits.js';
import { stepped } from './hygiene.js';
import { find } from './model.js';
import { coveringItems } from './pointer.js';
import { selectedRange } from './segments.js';

export const commands = {
  edit(kind, id) {
    if (!this.readOnly) {
      this.attributeForm.hide();
      this.annotate.edit(kind, find(this.doc, kind, id));
    }
  },
  editCurrent() {
    if (this.current) {
      this.edit(this.current.kind, this.current.id);
    }
  },

  async remove(kind, id) {
    if (this.readOnly) {
      return;
    }
    await this.edits.apply(`Deleted ${kind} ${id}`, () => [deleted(kind, find(this.doc, kind, id))]);
  },
  removeCurrent() {
    if (this.current) {
      this.remove(this.current.kind, this.current.id);
    }
  },

  attribute(quoteId) {
    if (!this.readOnly) {
      this.annotate.hide();
      this.attributeForm.show(find(this.doc, 'quote', quoteId));
    }
  },
  /** Attributes the current quote, or the innermost quote holding the current annotation. */
  attributeCurrent() {
    if (!this.current) {
      return;
    }
    const first = (this.index.get(this.current.id) || [])[0];
    const around = first ? coveringItems(this.doc, first).find((item) => item.kind === 'quote') : null;
    const quote = this.current.kind === 'quote' ? this.current.id : around ? around.id : null;
    if (quote) {
      this.attribute(quote);
    }
  },

  /** Moves the `edge` (start or end) of annotation `id` one character by `step` (-1 or 1); a fragment's edge for discontinuous spans. */
  async nudge(kind, id, edge, step) {
    if (this.readOnly) {
      return;
    }
    this.current = { kind, id };
    // the steps are worked out in turn, on the document as the previous edit left it
    await this.edits.apply(`Moved the ${edge} of ${kind} ${id} ${step < 0 ? 'left' : 'right'}`, () => {
      const item = find(this.doc, kind, id);
      const fragments = item.fragments.map((f) => ({ start: f.start, end: f.end, unit: 'UTF16' }));
      const fragment = edge === 'start' ? fragments[0] : fragments[fragments.length - 1];
      fragment[edge] = stepped(this.doc.text, fragment[edge], step);
      return [changed(kind, item, { fragments })];
    });
  },
  nudgeCurrent(edge, step) {
    if (this.current) {
      this.nudge(this.current.kind, this.current.id, edge, step);
    }
  },

  /** Opens the annotate form creating `kind` over the text selection (keys m, q, c, l). */
  async createFromSelection(kind) {
    const range = selectedRange(document.getElementById('text')) || this.lastSelection;
    if (this.readOnly || !range) {
      this.say(this.readOnly ? 'This page is read-only for you.' : 'Select some text first.');
      return;
    }
    this.attributeForm.hide();
    await this.annotate.show(range, kind, this.free);
    this.annotate.focusFields();
  },

  undo() {
    if (!this.readOnly) {
      this.edits.undo();
    }
  },
  redo() {
    if (!this.readOnly) {
      this.edits.redo();
    }
  },

};
