// The annotator's edits in this tab, undoable and redoable. Every change the page makes is an edit:
// a label and steps, each step one create, update or delete stated as the input before and after
// (null before: a create; null after: a delete). Undo runs the inverse steps in reverse order, redo
// runs the steps again; a create keeps the id the server gave, so undo and redo name the same
// annotation. Steps run one after another, each at the version the previous one answered.
import { mutate } from './api.js';
import { el, fill } from './dom.js';
import { toInput } from './model.js';

/** A step creating `input` of `kind`. */
export const created = (kind, input) => ({ kind, before: null, after: input });

/** A step changing `item` of `kind` (as loaded) by `changes`. */
export const changed = (kind, item, changes) => ({ kind, before: toInput(kind, item), after: { ...toInput(kind, item), ...changes } });

/** A step deleting `item` of `kind` (as loaded). */
export const deleted = (kind, item) => ({ kind, before: toInput(kind, item), after: null });

const inverse = (step) => ({ kind: step.kind, before: step.after, after: step.before });

/**
 * The edit log of `app` (which has doc, reload(message) and report(error)), listed in `list` with
 * its `undoButton` and `redoButton`. Answers {apply(label, steps), undo(), redo(), render()}; edits
 * run one at a time, and `apply` takes the steps or a function answering them on the document as
 * the edits before it left it (for keys pressed faster than the server answers).
 */
export function setupEdits(app, list, undoButton, redoButton) {
  const done = [];
  const undone = [];
  // one edit at a time: each starts from the version the previous one left
  let queue = Promise.resolve();
  const inTurn = (work) => {
    const next = queue.then(work);
    queue = next.catch(() => null);
    return next;
  };

  const render = () => {
    undoButton.disabled = done.length === 0;
    redoButton.disabled = undone.length === 0;
    undoButton.title = done.length ? `Undo: ${done[done.length - 1].label} (u)` : 'Nothing to undo';
    redoButton.title = undone.length ? `Redo: ${undone[undone.length - 1].label} (Shift+U)` : 'Nothing to redo';
    fill(list, [...undone.map((edit) => el('li', { class: 'undone' }, edit.label)),
      ...done.slice(-15).reverse().map((edit) => el('li', {}, edit.label))]);
  };

  /** Runs `steps` in order; answers the steps that ran (creates with their ids), and throws what stopped them. */
  const run = async (steps) => {
    let version = app.doc.version;
    const ran = [];
    try {
      for (const step of steps) {
        const op = step.before === null ? 'create' : step.after === null ? 'delete' : 'update';
        const result = await mutate(op, step.kind, app.doc.id, version,
          op === 'delete' ? step.before.id : step.after);
        version = result.version;
        ran.push(op === 'create' ? { ...step, after: { ...step.after, id: result.id } } : step);
      }
    } catch (error) {
      error.ran = ran;
      throw error;
    }
    return ran;
  };

  const finish = async (message, error) => {
    render();
    await app.reload(message);
    if (error) {
      app.report(error);
    }
  };

  return {
    /** Runs a new edit after any still running; answers the ids its steps created or changed, or null when it failed. */
    apply(label, steps) {
      return inTurn(() => this.applyNow(label, steps));
    },

    async applyNow(label, steps) {
      try {
        const ran = await run(typeof steps === 'function' ? steps() : steps);
        done.push({ label, steps: ran });
        undone.length = 0;
        await finish(label);
        return ran.map((step) => (step.after || step.before).id);
      } catch (error) {
        if (error.ran && error.ran.length > 0) {
          done.push({ label: `${label} (stopped part-way)`, steps: error.ran });
          undone.length = 0;
        }
        await finish(null, error);
        return null;
      }
    },

    undo() {
      return inTurn(() => this.undoNow());
    },

    redo() {
      return inTurn(() => this.redoNow());
    },

    async undoNow() {
      const edit = done.pop();
      if (!edit) {
        return;
      }
      try {
        await run(edit.steps.slice().reverse().map(inverse));
        undone.push(edit);
        await finish(`Undid: ${edit.label}`);
      } catch (error) {
        done.push(edit);
        await finish(null, error);
      }
    },

    async redoNow() {
      const edit = undone.pop();
      if (!edit) {
        return;
      }
      try {
        edit.steps = await run(edit.steps);
        done.push(edit);
        await finish(`Redid: ${edit.label}`);
      } catch (error) {
        undone.push(edit);
        await finish(null, error);
      }
    },
    render,
  };
}
