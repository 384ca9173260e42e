// The needs of the workspace edited: a DECP file imported (in place of the files loaded, or
// beside them), the files removed, the choices changed (window, zone blanche 3 thresholds,
// State buyers, European thresholds). Each is one undoable step of the document's `change`,
// checked first: a bad value is refused with a French message per field, and nothing changes.
import type { StateCreator } from "zustand/vanilla";
import { checkNeedsChoices, DEFAULT_NEEDS_CHOICES, type NeedsChoices, type NeedsReading, type WorkspaceNeeds } from "../domain/needs-readings.ts";
import type { Workspace } from "../domain/workspace.ts";
import type { AppState } from "./app-store.ts";
import type { EditOutcome } from "./document-slice.ts";
import { needsInput } from "./needs-derived.ts";

/** The label of the import's undo step. */
export const IMPORT_NEEDS_LABEL = "Importer des besoins";

export interface NeedsActions {
  /** Puts a file's contracts in the workspace: in place of those loaded (« replace »), or beside them (« add »: several extracts). */
  importNeeds(reading: NeedsReading, mode: "replace" | "add"): EditOutcome;
  /** Removes every DECP file (the choices stay; the demonstration's file is not used again). */
  removeNeeds(): EditOutcome;
  /** Changes some choices; refused, field by field, when one is not valid. */
  setNeedsChoices(changes: Partial<NeedsChoices>, label: string): EditOutcome;
}

export const createNeedsActions: StateCreator<AppState, [], [], NeedsActions> = (_set, get) => {
  /** The needs in force as the workspace would hold them (the demonstration's file taken in, when it is the one in use). */
  const current = (workspace: Workspace): WorkspaceNeeds => {
    if (workspace.besoins) return workspace.besoins;
    const input = needsInput(get(), get().derived.project(get()));
    return { readings: input?.readings ?? [], choices: input?.choices ?? DEFAULT_NEEDS_CHOICES };
  };
  return {
    importNeeds(reading, mode) {
      return get().change(IMPORT_NEEDS_LABEL, (workspace) => {
        const now = current(workspace);
        const kept = mode === "add" ? now.readings.filter((other) => !other.fictif) : [];
        return { ...workspace, besoins: { readings: [...kept, reading], choices: now.choices } };
      });
    },
    removeNeeds() {
      return get().change("Retrait des besoins (fichiers DECP)", (workspace) => {
        const now = current(workspace);
        if (workspace.besoins && now.readings.length === 0) return workspace;
        return { ...workspace, besoins: { readings: [], choices: now.choices } };
      });
    },
    setNeedsChoices(changes, label) {
      return get().change(label, (workspace) => {
        const now = current(workspace);
        const choices: NeedsChoices = { ...now.choices, ...changes };
        const errors = checkNeedsChoices(choices);
        const fields = Object.values(errors);
        if (fields.length > 0) return { ok: false, message: `Réglage refusé : ${fields.join(" ; ")}`, errors: errors as Record<string, string> };
        const same = (Object.keys(changes) as (keyof NeedsChoices)[]).every((key) => JSON.stringify(choices[key]) === JSON.stringify(now.choices[key]));
        if (same && workspace.besoins) return workspace;
        return { ...workspace, besoins: { readings: now.readings, choices } };
      });
    },
  };
};
