// The saved-projects service the interface calls (create, open, rename, delete, and the way
// out of a conflict between two tabs), over the saving loop of autosave.ts.
import { newWorkspaceId, workspaceOf } from "../domain/workspace.ts";
import { StorageError, type ProjectDatabase } from "../persistence/project-database.ts";
import { decodeRecord } from "../persistence/saved-record.ts";
import { saveFailureMessage } from "../persistence/workspace-record.ts";
import type { AppStore, EditOutcome } from "../store/app-store.ts";
import type { SavedProjects, SavedProjectSummary } from "./saved-projects.ts";

export interface SavedProjectsDeps {
  store: AppStore;
  /** The database once open, null before (or when storage is refused). */
  database(): ProjectDatabase | null;
  /** Writes the document now (autosave's queue). */
  flush(): Promise<void>;
  /** Reads and opens a saved project (autosave's own, which tracks what it read). */
  open(id: string): Promise<EditOutcome>;
  refresh(): Promise<void>;
  now(): Date;
  list(): readonly SavedProjectSummary[];
  subscribe(listener: () => void): () => void;
  /** Tells the other tabs of a write. */
  announce(id: string, generation: number): void;
  /** The project this tab stopped writing because another tab saved it, or null. */
  conflict(): string | null;
  clearConflict(): void;
  reportSaved(message: string): void;
}

const absent = (): EditOutcome => ({ ok: false, message: saveFailureMessage(new StorageError("absent", "")) });

export function createSavedProjectsService(deps: SavedProjectsDeps): SavedProjects {
  const { store, flush } = deps;
  const workspaceNow = () => store.getState().document.workspace;
  /** The outcome of the write that `flush` just did for a new document. */
  const savedOutcome = (): EditOutcome => {
    const { save } = store.getState();
    return save.status === "error" ? { ok: false, message: save.message ?? saveFailureMessage(null) } : { ok: true, changed: true, id: workspaceNow()!.id };
  };
  const opened = (id: string) => deps.open(id).catch((error: unknown): EditOutcome => ({ ok: false, message: saveFailureMessage(error) }));
  return {
    list: deps.list,
    subscribe: deps.subscribe,
    async create(project, nom) {
      if (!deps.database()) return absent();
      await flush();
      store.getState().openDocument(workspaceOf(project, nom ? { nom } : {}));
      await flush();
      return savedOutcome();
    },
    async open(id) {
      await flush();
      return opened(id);
    },
    async rename(id, nom) {
      const clean = nom.trim().replace(/\s+/g, " ");
      if (!clean) return { ok: false, message: "Donnez un nom", errors: { nom: "texte vide" } };
      if (workspaceNow()?.id === id) {
        const outcome = store.getState().renameProject(clean);
        await flush();
        return outcome;
      }
      const db = deps.database();
      if (!db) return absent();
      try {
        const stored = await db.read(id);
        const decoded = stored && decodeRecord(stored.current);
        if (!decoded?.ok) return { ok: false, message: "Ce projet enregistré est illisible : il ne peut pas être renommé" };
        const scenarios = decoded.record.scenarios.map((scenario) => ({ ...scenario, projet: { ...scenario.projet, nom: clean } }));
        const pointer = await db.write({ ...decoded.record, nom: clean, scenarios, modifieLe: deps.now().toISOString() });
        deps.announce(id, pointer.generation);
        await deps.refresh();
        return { ok: true, changed: true };
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    async remove(id) {
      if (workspaceNow()?.id === id) return { ok: false, message: "Ce projet est ouvert : ouvrez-en un autre avant de le supprimer" };
      const db = deps.database();
      if (!db) return absent();
      try {
        await db.remove(id);
        await deps.refresh();
        return { ok: true, changed: true };
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    flush,
    async resolveConflict(choice) {
      const workspace = workspaceNow();
      if (!workspace || deps.conflict() !== workspace.id) return { ok: true, changed: false };
      if (choice === "reload") {
        const outcome = await opened(workspace.id);
        if (outcome.ok) deps.reportSaved("Version enregistrée par l'autre onglet rechargée.");
        return outcome;
      }
      // This tab's version becomes a project of its own: the other tab's save stays as it is.
      deps.clearConflict();
      store.getState().openDocument({ ...workspace, id: newWorkspaceId(), nom: `${workspace.nom} (version d'un autre onglet)`, creeLe: deps.now().toISOString() });
      await flush();
      return savedOutcome();
    },
  };
}
