// The projects saved in this browser, as the interface sees them (src/app/autosave.ts provides them).
import type { Project } from "../domain/model.ts";
import type { EditOutcome } from "../store/app-store.ts";

/** One project saved in this browser, for the list. */
export interface SavedProjectSummary {
  id: string;
  nom: string;
  /** ISO date-time of the last save. */
  modifieLe: string;
  scenarios: number;
}

/** The projects saved in this browser, as the interface uses them. */
export interface SavedProjects {
  /** Most recently saved first. */
  list(): readonly SavedProjectSummary[];
  /** Calls `listener` when the list changes; returns what stops it. */
  subscribe(listener: () => void): () => void;
  /** Saves `project` as a new project in this browser and opens it. */
  create(project: Project, nom?: string): Promise<EditOutcome>;
  open(id: string): Promise<EditOutcome>;
  /** Renames a saved project; the open one through the document (an undoable step). */
  rename(id: string, nom: string): Promise<EditOutcome>;
  /** Deletes a saved project other than the open one. */
  remove(id: string): Promise<EditOutcome>;
  /** Writes pending changes now. */
  flush(): Promise<void>;
  /**
   * After another tab saved the open project (save status « conflict »): « reload » opens the
   * saved version (this tab's unsaved changes are dropped), « fork » keeps this tab's version
   * as a new project of its own; neither loses what the other tab saved.
   */
  resolveConflict(choice: "reload" | "fork"): Promise<EditOutcome>;
}

