// Undo/redo of the document: each step keeps the document before and after it. Projects are
// immutable and edits share every untouched list and record, so a step costs the few
// arrays the edit copied; at most `HISTORY_LIMIT` steps are kept per scenario.
import type { Project } from "../domain/model.ts";

export const HISTORY_LIMIT = 200;

export interface HistoryStep {
  /** What the step did, in French, for the interface (« Ajout de 12 communes au périmètre de … »). */
  label: string;
  before: Project;
  after: Project;
}

export interface History {
  /** Oldest first; the last one is undone first. */
  past: readonly HistoryStep[];
  /** Steps undone, the next one to redo last. */
  future: readonly HistoryStep[];
}

export const EMPTY_HISTORY: History = Object.freeze({ past: Object.freeze([]), future: Object.freeze([]) });

/** The history after a new step: the redo stack is dropped, the oldest steps beyond the limit too. */
export function recordStep(history: History, step: HistoryStep, limit = HISTORY_LIMIT): History {
  const past = [...history.past, step];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The step to undo and the history once it is undone, or null at the start. */
export function undoStep(history: History): { step: HistoryStep; history: History } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return { step, history: { past: history.past.slice(0, -1), future: [...history.future, step] } };
}

/** The step to redo and the history once it is redone, or null when nothing was undone. */
export function redoStep(history: History): { step: HistoryStep; history: History } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return { step, history: { past: [...history.past, step], future: history.future.slice(0, -1) } };
}
