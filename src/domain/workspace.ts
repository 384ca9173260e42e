// The document the store edits and saves: a named project with its scenarios, each a whole
// project (the first one is the situation as it is; the others, copies being tried out).
import type { Project } from "./model.ts";
import type { WorkspaceNeeds } from "./needs-readings.ts";

export interface Scenario {
  id: string;
  nom: string;
  project: Project;
}

export interface Workspace {
  /** Also the key of its saved copy in this browser. */
  id: string;
  /** The project's one name: the list of saved projects, exports, print and presentation use it. */
  nom: string;
  /** ISO date-time. */
  creeLe: string;
  scenarios: readonly Scenario[];
  activeScenarioId: string;
  /**
   * Needs measured from public procurement files (DECP), the same for every scenario;
   * absent until some are loaded or set (the demonstration then uses its own, fictional).
   */
  besoins?: WorkspaceNeeds;
}

export const FIRST_SCENARIO_NAME = "Situation actuelle";

/** A new id for a saved project: time and chance, unique in practice within one browser. */
export function newWorkspaceId(): string {
  return `projet-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A workspace holding one project as its only scenario. */
export function workspaceOf(project: Project, options: { id?: string; nom?: string; creeLe?: string } = {}): Workspace {
  return {
    id: options.id ?? newWorkspaceId(),
    nom: options.nom ?? project.nom,
    creeLe: options.creeLe ?? new Date().toISOString(),
    scenarios: [{ id: "scenario-1", nom: FIRST_SCENARIO_NAME, project }],
    activeScenarioId: "scenario-1",
  };
}

/** What a project file holds of a workspace (its id and creation date are this browser's). */
export type WorkspaceContent = Pick<Workspace, "nom" | "scenarios" | "activeScenarioId">;

/** A new workspace holding `content` (a project file's scenarios). */
export function workspaceFrom(content: WorkspaceContent, options: { id?: string; creeLe?: string } = {}): Workspace {
  return { id: options.id ?? newWorkspaceId(), creeLe: options.creeLe ?? new Date().toISOString(), nom: content.nom, scenarios: content.scenarios, activeScenarioId: content.activeScenarioId };
}

export function activeScenario(workspace: Workspace): Scenario {
  return workspace.scenarios.find((s) => s.id === workspace.activeScenarioId) ?? workspace.scenarios[0]!;
}

/** The first free scenario id (scenario-2, scenario-3…), avoiding `taken` (ids the undo lists still name). */
export function nextScenarioId(workspace: Workspace, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...taken, ...workspace.scenarios.map((s) => s.id)]);
  let n = workspace.scenarios.length + 1;
  while (used.has(`scenario-${n}`)) n++;
  return `scenario-${n}`;
}

/** The workspace with the active scenario's project replaced. */
export function withActiveProject(workspace: Workspace, project: Project): Workspace {
  return { ...workspace, scenarios: workspace.scenarios.map((s) => (s.id === workspace.activeScenarioId ? { ...s, project } : s)) };
}
