// The document: a named project with its scenarios, which one is active, and each
// scenario's undo list. `change` is the one way it changes: every edit of records,
// perimeters, settings, the name, scenarios and imports goes through it, so that undo/redo,
// autosave (which follows `document.workspace`) and the read-only view come from one place.
import type { StateCreator } from "zustand/vanilla";
import { findEntity, type EntityKind } from "../domain/entity-edits.ts";
import type { Project } from "../domain/model.ts";
import type { AppState } from "./app-store.ts";
import { diffWorkspaces, redo, record, scenarioIdsInHistories, undo, type Histories } from "./history.ts";
import type { FieldMessages } from "./entity-validation.ts";
import type { ViewState } from "./view-slice.ts";
import { activeScenario, nextScenarioId, withActiveProject, workspaceOf, type Workspace } from "../domain/workspace.ts";

/** What an edit reports: done (or nothing to do), or refused with French messages for the form. */
export type EditOutcome =
  | { ok: true; changed: boolean; /** Id of the record created. */ id?: string; warnings?: FieldMessages }
  | { ok: false; message: string; /** Field → message, for forms. */ errors?: FieldMessages };

export type Refusal = Extract<EditOutcome, { ok: false }>;

/**
 * How a change is kept: « edit » (the default) is an undo step and is refused in a
 * read-only view; « unrecorded » is refused there too but makes no undo step (copying or
 * renaming a scenario: each scenario keeps its own undo list, and a copy can be deleted,
 * which is undoable); « navigation » only moves between scenarios and is allowed everywhere.
 */
export type ChangeKind = "edit" | "unrecorded" | "navigation";

export const READ_ONLY_MESSAGE = "Vue intégrée en lecture seule : ouvrez Carto Clause Sociale pour modifier les données.";
export const NO_PROJECT: Refusal = { ok: false, message: "Aucun projet n'est chargé" };

/** The read-only check: the refusal every change (and the start of an edit on the map) meets in a read-only view, else null. */
export function readOnlyRefusal(state: Pick<DocumentSlice, "readOnly">): Refusal | null {
  return state.readOnly ? { ok: false, message: READ_ONLY_MESSAGE } : null;
}

export interface DocumentState {
  workspace: Workspace | null;
  /** Undo/redo of each scenario, by scenario id (not saved). */
  histories: Histories;
}

export interface DocumentSlice {
  document: DocumentState;
  /** True in the embedded view: every change but navigation is refused. */
  readOnly: boolean;
  /**
   * The one way the document changes: `recipe` gets the workspace and returns the next one
   * (or a refusal); `label` names the undo step, in French. No step when nothing changed.
   */
  change(label: string | ((next: Workspace) => string), recipe: (workspace: Workspace) => Workspace | Refusal, kind?: ChangeKind): EditOutcome;
  /** Changes the active scenario's project (a helper over `change`). */
  changeProject(label: string | ((next: Project) => string), recipe: (project: Project) => Project | Refusal): EditOutcome;
  /** Opens a document (loaded at start, restored, or a new saved project): empty undo lists; not an edit. */
  openDocument(workspace: Workspace): void;
  /** Opens a project as a new document of one scenario. */
  openProject(project: Project, options?: { nom?: string }): void;
  undo(): void;
  redo(): void;
  /** Renames the project (the document's one name). */
  renameProject(nom: string): EditOutcome;
  /** Copies the active scenario as a new one (own, empty undo list) and makes it active. */
  duplicateScenario(nom: string): EditOutcome;
  renameScenario(id: string, nom: string): EditOutcome;
  /** Deletes a scenario (never the last one), undoably; deleting the active one activates the first remaining. */
  deleteScenario(id: string): EditOutcome;
  switchScenario(id: string): EditOutcome;
}

const isRefusal = (value: Workspace | Project | Refusal): value is Refusal => "ok" in value && value.ok === false;
const trimmedName = (nom: string) => nom.trim().replace(/\s+/g, " ");
const EMPTY_NAME: Refusal = { ok: false, message: "Donnez un nom", errors: { nom: "texte vide" } };
const UNKNOWN_SCENARIO: Refusal = { ok: false, message: "Ce scénario n'existe pas" };
const scenarioExists = (workspace: Workspace, id: string) => workspace.scenarios.some((s) => s.id === id);

/** The view without a selection or outline naming a record the project no longer has. */
function keptSelection(view: ViewState, project: Project): ViewState {
  const exists = (id: string | null, kind: EntityKind) => id === null || findEntity(project, kind, id) !== undefined;
  const selection = view.selection;
  const dropSelection = selection && selection.kind !== "commune" && selection.kind !== "acheteurs-decp" && !exists(selection.id, selection.kind);
  const dropHighlight = !exists(view.highlighted, "facilitateur");
  if (!dropSelection && !dropHighlight) return view;
  return { ...view, ...(dropSelection && { selection: null }), ...(dropHighlight && { highlighted: null }) };
}

export const createDocumentSlice =
  (readOnly: boolean): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => {
    /** Puts a document in place; the view forgets records and scenarios that are gone. */
    function put(workspace: Workspace, histories: Histories): void {
      const project = activeScenario(workspace).project;
      set((state) => {
        let view = keptSelection(state.view, project);
        if (view.compareWith && (!scenarioExists(workspace, view.compareWith) || view.compareWith === workspace.activeScenarioId)) {
          view = { ...view, compareWith: null, colouring: view.colouring === "comparaison" ? "zones-blanches" : view.colouring };
        }
        return { document: { workspace, histories }, view, error: null };
      });
    }

    const slice: DocumentSlice = {
      document: { workspace: null, histories: {} },
      readOnly,
      change(label, recipe, kind = "edit") {
        const { workspace, histories } = get().document;
        if (!workspace) return NO_PROJECT;
        const refused = kind === "navigation" ? null : readOnlyRefusal(get());
        if (refused) return refused;
        const next = recipe(workspace);
        if (isRefusal(next)) return next;
        if (next === workspace) return { ok: true, changed: false };
        const text = typeof label === "function" ? label(next) : label;
        put(next, kind === "edit" ? record(histories, diffWorkspaces(text, workspace, next, histories)) : histories);
        return { ok: true, changed: true };
      },
      changeProject(label, recipe) {
        return get().change(
          (next) => (typeof label === "function" ? label(activeScenario(next).project) : label),
          (workspace) => {
            const next = recipe(activeScenario(workspace).project);
            return isRefusal(next) ? next : withActiveProject(workspace, next);
          },
        );
      },
      openDocument(workspace) {
        put(workspace, {});
      },
      openProject(project, options = {}) {
        put(workspaceOf(project, options.nom ? { nom: options.nom } : {}), {});
      },
      undo() {
        const { workspace, histories } = get().document;
        if (!workspace || readOnlyRefusal(get())) return;
        const undone = undo(workspace, histories);
        if (undone) put(undone.workspace, undone.histories);
      },
      redo() {
        const { workspace, histories } = get().document;
        if (!workspace || readOnlyRefusal(get())) return;
        const redone = redo(workspace, histories);
        if (redone) put(redone.workspace, redone.histories);
      },
      renameProject(nom) {
        const clean = trimmedName(nom);
        if (!clean) return EMPTY_NAME;
        return get().change(`Nouveau nom du projet : « ${clean} »`, (workspace) => (workspace.nom === clean ? workspace : { ...workspace, nom: clean }));
      },
      duplicateScenario(nom) {
        const clean = trimmedName(nom);
        if (!clean) return EMPTY_NAME;
        let id = "";
        const outcome = get().change(
          `Copie du scénario « ${clean} »`,
          (workspace) => {
            id = nextScenarioId(workspace, scenarioIdsInHistories(get().document.histories));
            return { ...workspace, scenarios: [...workspace.scenarios, { id, nom: clean, project: activeScenario(workspace).project }], activeScenarioId: id };
          },
          "unrecorded",
        );
        return outcome.ok ? { ...outcome, id } : outcome;
      },
      renameScenario(id, nom) {
        const clean = trimmedName(nom);
        if (!clean) return EMPTY_NAME;
        return get().change(
          `Nouveau nom du scénario : « ${clean} »`,
          (workspace) => (scenarioExists(workspace, id) ? { ...workspace, scenarios: workspace.scenarios.map((s) => (s.id === id && s.nom !== clean ? { ...s, nom: clean } : s)) } : UNKNOWN_SCENARIO),
          "unrecorded",
        );
      },
      deleteScenario(id) {
        const nom = get().document.workspace?.scenarios.find((s) => s.id === id)?.nom ?? id;
        return get().change(`Suppression du scénario « ${nom} »`, (workspace) => {
          if (!scenarioExists(workspace, id)) return UNKNOWN_SCENARIO;
          if (workspace.scenarios.length === 1) return { ok: false, message: "Un projet garde toujours au moins un scénario" };
          const scenarios = workspace.scenarios.filter((s) => s.id !== id);
          return { ...workspace, scenarios, activeScenarioId: workspace.activeScenarioId === id ? scenarios[0]!.id : workspace.activeScenarioId };
        });
      },
      switchScenario(id) {
        return get().change("", (workspace) => (scenarioExists(workspace, id) ? (workspace.activeScenarioId === id ? workspace : { ...workspace, activeScenarioId: id }) : UNKNOWN_SCENARIO), "navigation");
      },
    };
    return slice;
  };
