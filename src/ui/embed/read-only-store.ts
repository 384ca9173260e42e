// The embedded view is read-only: every action that changes the document is replaced by a
// refusal in the store itself, so that no button, map click, shortcut or script of the page
// can edit, whatever the layout shows.
import type { AppState, AppStore, EditOutcome } from "../../store/app-store.ts";

export const READ_ONLY_MESSAGE = "Vue intégrée en lecture seule : ouvrez Carto Clause Sociale pour modifier les données.";

/** The actions that change the document, the saved projects or start an edit on the map. */
export const EDITING_ACTIONS = [
  "commitProject",
  "undo",
  "redo",
  "setSeuils",
  "renameProject",
  "addCommunesToPerimeter",
  "removeCommunesFromPerimeter",
  "addZoneToPerimeter",
  "removeZoneFromPerimeter",
  "setPerimeterExtension",
  "createRecord",
  "createCoordinateur",
  "updateRecord",
  "deleteRecord",
  "duplicateScenario",
  "renameScenario",
  "deleteScenario",
  "renameWorkspace",
  "createSavedProject",
  "openSavedProject",
  "renameSavedProject",
  "deleteSavedProject",
  "startEditing",
  "setEditOptions",
  "editAtCommune",
] as const satisfies readonly (keyof AppState)[];

const ASYNC_ACTIONS = new Set<string>(["createSavedProject", "openSavedProject", "renameSavedProject", "deleteSavedProject"]);

/** Makes `store` read-only (for the embedded view): editing actions refuse, and no perimeter is being edited. */
export function makeReadOnly(store: AppStore): void {
  const refused: EditOutcome = { ok: false, message: READ_ONLY_MESSAGE };
  const replacements: Record<string, () => unknown> = {};
  for (const action of EDITING_ACTIONS) replacements[action] = ASYNC_ACTIONS.has(action) ? () => Promise.resolve(refused) : () => refused;
  store.setState((state) => ({ ...(replacements as unknown as Partial<AppState>), view: state.view.editing ? { ...state.view, editing: null } : state.view }));
}
