// Undo/redo of the document. A step is the difference between two workspaces: the
// scenarios it added, removed or changed (each kept whole, before and after: projects are
// immutable and share every untouched list), the project's name and the active scenario.
// Undoing a step puts back only what it changed, so a step never undoes another scenario's
// later edits. Each scenario has its own undo list; a step lives in the list of the scenario
// active after it and, once undone, in the redo list of the scenario active before it.
import type { Project } from "../domain/model.ts";
import type { WorkspaceNeeds } from "../domain/needs-readings.ts";
import type { Scenario, Workspace } from "../domain/workspace.ts";

export const HISTORY_LIMIT = 200;

/** A scenario a step added or removed (whole, with its place in the list), or the fields it changed. */
export type ScenarioChange =
  | { id: string; kind: "added" | "removed"; scenario: Scenario; position: number }
  | { id: string; kind: "changed"; project: { before: Project; after: Project } | null; nom: { before: string; after: string } | null };

export interface HistoryStep {
  /** What the step did, in French, for the interface (« Ajout de 12 communes au périmètre de … »). */
  label: string;
  scenarios: readonly ScenarioChange[];
  nom: { before: string; after: string } | null;
  /** The workspace's needs (DECP files and choices), when the step changed them. */
  besoins?: { before: WorkspaceNeeds | undefined; after: WorkspaceNeeds | undefined } | null;
  active: { before: string; after: string };
  /** Undo lists of the scenarios the step removed, put back with them. */
  removedHistories: Readonly<Record<string, History>>;
}

export interface History {
  /** Oldest first; the last one is undone first. */
  past: readonly HistoryStep[];
  /** Steps undone, the next one to redo last. */
  future: readonly HistoryStep[];
}

export type Histories = Readonly<Record<string, History>>;

export const EMPTY_HISTORY: History = Object.freeze({ past: Object.freeze([]), future: Object.freeze([]) });

const changedField = <T>(before: T, after: T) => (before === after ? null : { before, after });

/** The step that turns `before` into `after` (scenarios matched by id). */
export function diffWorkspaces(label: string, before: Workspace, after: Workspace, histories: Histories): HistoryStep {
  const scenarios: ScenarioChange[] = [];
  const removedHistories: Record<string, History> = {};
  const was = new Map(before.scenarios.map((scenario, position) => [scenario.id, { scenario, position }]));
  const is = new Map(after.scenarios.map((scenario, position) => [scenario.id, { scenario, position }]));
  for (const [id, { scenario, position }] of was) {
    const now = is.get(id)?.scenario;
    if (!now) {
      scenarios.push({ id, kind: "removed", scenario, position });
      if (histories[id]) removedHistories[id] = histories[id];
    } else if (now !== scenario) {
      scenarios.push({ id, kind: "changed", project: changedField(scenario.project, now.project), nom: changedField(scenario.nom, now.nom) });
    }
  }
  for (const [id, { scenario, position }] of is) if (!was.has(id)) scenarios.push({ id, kind: "added", scenario, position });
  return { label, scenarios, nom: changedField(before.nom, after.nom), besoins: changedField(before.besoins, after.besoins), active: { before: before.activeScenarioId, after: after.activeScenarioId }, removedHistories };
}

/** `workspace` with the step applied forwards (redo) or backwards (undo): only what the step changed is touched. */
export function applyStep(workspace: Workspace, step: HistoryStep, direction: "undo" | "redo"): Workspace {
  const side = direction === "undo" ? "before" : "after";
  const inserted = direction === "undo" ? "removed" : "added";
  let scenarios = workspace.scenarios.map((scenario) => {
    const change = step.scenarios.find((item) => item.id === scenario.id);
    if (change?.kind !== "changed") return scenario;
    return { ...scenario, ...(change.project && { project: change.project[side] }), ...(change.nom && { nom: change.nom[side] }) };
  });
  const dropped = new Set(step.scenarios.filter((change) => change.kind !== "changed" && change.kind !== inserted).map((change) => change.id));
  scenarios = scenarios.filter((scenario) => !dropped.has(scenario.id));
  const restored = step.scenarios.filter((change) => change.kind === inserted) as Extract<ScenarioChange, { kind: "added" | "removed" }>[];
  for (const change of [...restored].sort((a, b) => a.position - b.position)) {
    scenarios = scenarios.filter((scenario) => scenario.id !== change.id);
    scenarios.splice(Math.min(change.position, scenarios.length), 0, change.scenario);
  }
  const active = step.active[side];
  const next: Workspace = {
    ...workspace,
    nom: step.nom ? step.nom[side] : workspace.nom,
    scenarios,
    activeScenarioId: scenarios.some((scenario) => scenario.id === active) ? active : workspace.activeScenarioId,
  };
  if (step.besoins) {
    const besoins = step.besoins[side];
    if (besoins) next.besoins = besoins;
    else delete next.besoins;
  }
  return next;
}

/** Ids of the scenarios a history's steps name: a new scenario must not take one (undo would bring the old one back over it). */
export function scenarioIdsInHistories(histories: Histories): Set<string> {
  const ids = new Set<string>();
  for (const history of Object.values(histories)) {
    for (const step of [...history.past, ...history.future]) {
      for (const change of step.scenarios) ids.add(change.id);
      for (const id of Object.keys(step.removedHistories)) ids.add(id);
    }
  }
  return ids;
}

/** The history after a new step: the redo list is dropped, the oldest steps beyond the limit too. */
export function recordStep(history: History, step: HistoryStep, limit = HISTORY_LIMIT): History {
  const past = [...history.past, step];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** Histories without those of the scenarios `step` removed (they travel with the step). */
function withoutRemoved(histories: Histories, step: HistoryStep, side: "before" | "after"): Record<string, History> {
  const absent = side === "before" ? "added" : "removed";
  const next: Record<string, History> = { ...histories };
  for (const change of step.scenarios) if (change.kind === absent) delete next[change.id];
  return next;
}

/**
 * Undoes the last step of the active scenario: the workspace and histories after it, or
 * null when there is nothing to undo.
 */
export function undo(workspace: Workspace, histories: Histories): { workspace: Workspace; histories: Histories } | null {
  const own = histories[workspace.activeScenarioId] ?? EMPTY_HISTORY;
  const step = own.past.at(-1);
  if (!step) return null;
  const next = applyStep(workspace, step, "undo");
  const kept = withoutRemoved({ ...histories, ...step.removedHistories, [workspace.activeScenarioId]: { past: own.past.slice(0, -1), future: own.future } }, step, "before");
  const target = step.active.before;
  const targetHistory = kept[target] ?? EMPTY_HISTORY;
  return { workspace: next, histories: { ...kept, [target]: { past: targetHistory.past, future: [...targetHistory.future, step] } } };
}

/** Redoes the last undone step of the active scenario, or null. */
export function redo(workspace: Workspace, histories: Histories): { workspace: Workspace; histories: Histories } | null {
  const own = histories[workspace.activeScenarioId] ?? EMPTY_HISTORY;
  const step = own.future.at(-1);
  if (!step) return null;
  const next = applyStep(workspace, step, "redo");
  const base = { ...histories, [workspace.activeScenarioId]: { past: own.past, future: own.future.slice(0, -1) } };
  // The scenarios the step removes take their undo lists with them (kept in the step).
  const removedHistories: Record<string, History> = {};
  for (const change of step.scenarios) if (change.kind === "removed" && base[change.id]) removedHistories[change.id] = base[change.id]!;
  const redone: HistoryStep = { ...step, removedHistories };
  const kept = withoutRemoved(base, step, "after");
  const target = step.active.after;
  const targetHistory = kept[target] ?? EMPTY_HISTORY;
  return { workspace: next, histories: { ...kept, [target]: { past: [...targetHistory.past, redone], future: targetHistory.future } } };
}

/** Records `step` in the undo list of the scenario active after it; drops the undo lists of removed scenarios. */
export function record(histories: Histories, step: HistoryStep): Histories {
  const kept = withoutRemoved(histories, step, "after");
  const target = step.active.after;
  return { ...kept, [target]: recordStep(kept[target] ?? EMPTY_HISTORY, step) };
}

/** What « Annuler » and « Rétablir » offer for the active scenario. */
export function historyLabels(workspace: Workspace | null, histories: Histories): { canUndo: boolean; canRedo: boolean; undoLabel: string | null; redoLabel: string | null } {
  const history = (workspace && histories[workspace.activeScenarioId]) || EMPTY_HISTORY;
  return { canUndo: history.past.length > 0, canRedo: history.future.length > 0, undoLabel: history.past.at(-1)?.label ?? null, redoLabel: history.future.at(-1)?.label ?? null };
}
