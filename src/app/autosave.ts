/**
 * Saving in this browser (IndexedDB, src/persistence/): autosave of the document, and the
 * saved-projects service the interface calls. Every change of the workspace is written
 * within `delayMs` (250 ms) and at once when the page is hidden or left; failures (storage
 * full or absent) show in the store's `save`, never silently. A saved project is read on
 * the first-view index (codes only), and again on the full index (former codes) before
 * being declared unreadable; an unreadable record is never deleted nor overwritten: the
 * project on screen is saved as another one.
 */
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { StorageError, type ProjectDatabase, type ProjectPointer } from "../persistence/project-database.ts";
import { decodeRecord } from "../persistence/saved-record.ts";
import { hasUnknownCodes, recordOfWorkspace, restoreWorkspace, saveFailureMessage, type RestoredWorkspace } from "../persistence/workspace-record.ts";
import type { AppState, AppStore, EditOutcome } from "../store/app-store.ts";
import type { SavedProjects, SavedProjectSummary } from "./saved-projects.ts";
import type { SaveStatus } from "../store/save-slice.ts";
import { newWorkspaceId, workspaceOf, type Workspace } from "../domain/workspace.ts";

/** At most 300 ms between a change and its save. */
export const SAVE_DELAY_MS = 250;

export interface PersistenceOptions {
  /** Debounce, ms (≤ 300). */
  delayMs?: number;
  /** Runs `task` after `ms`; returns a cancel function (tests pass their own). */
  schedule?: (task: () => void, ms: number) => () => void;
  /**
   * The full index (with former codes), loaded on demand: a saved project that the first-view
   * index cannot read is read again on it. By default, the store's once it has it.
   */
  completeIndex?: () => Promise<TerritoryIndex>;
  /** Where `visibilitychange` and `pagehide` come from; by default `document` and `window` when they exist. */
  page?: { document?: EventTarget & { visibilityState?: string }; window?: EventTarget } | null;
  now?: () => Date;
}

export interface PersistenceConnection {
  /** Settles once the last project is restored (or the current one saved as the first). */
  ready: Promise<void>;
  /** Writes pending changes now. */
  flush(): Promise<void>;
  /** Stops following the store (pending changes are flushed first). */
  disconnect(): Promise<void>;
  projects: SavedProjects;
}

const defaultSchedule = (task: () => void, ms: number) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

const summaryOf = (pointer: ProjectPointer): SavedProjectSummary => ({ id: pointer.id, nom: pointer.nom, modifieLe: pointer.modifieLe, scenarios: pointer.scenarios });

/**
 * Connects the store to the saved projects: restores the last opened one (or the most
 * recent) in place of the document on screen, else saves that document as the first
 * project; then saves every change. The store must hold a territory and a document.
 */
export function connectPersistence(store: AppStore, database: ProjectDatabase | Promise<ProjectDatabase>, options: PersistenceOptions = {}): PersistenceConnection {
  const delay = Math.min(options.delayMs ?? SAVE_DELAY_MS, 300);
  const schedule = options.schedule ?? defaultSchedule;
  const now = options.now ?? (() => new Date());
  let db: ProjectDatabase | null = null;
  let connected = true;
  let cancelTimer: (() => void) | null = null;
  /** The workspace last written (or restored), to skip saves of what is already stored. */
  let written: Workspace | null = null;
  /** Writes run one after the other. */
  let queue: Promise<void> = Promise.resolve();

  const report = (status: SaveStatus, message: string | null = null) => store.getState().setSaveState(status, message);
  const completeIndex = options.completeIndex ?? (() => indexWhenComplete(store));
  /** The projects saved in this browser, and who listens to the list. */
  let saved: readonly SavedProjectSummary[] = [];
  const listeners = new Set<() => void>();
  const setSaved = (list: SavedProjectSummary[]) => {
    saved = list;
    for (const listener of listeners) listener();
  };
  const workspaceNow = () => store.getState().document.workspace;

  async function refresh(): Promise<void> {
    if (!db) return;
    try {
      setSaved((await db.list()).map(summaryOf));
    } catch (error) {
      report("error", saveFailureMessage(error));
    }
  }

  /** Writes the workspace on screen if it changed since the last write. */
  function flush(): Promise<void> {
    cancelTimer?.();
    cancelTimer = null;
    queue = queue.then(async () => {
      const workspace = workspaceNow();
      if (!db || !workspace || workspace === written) return;
      // The read-only view never writes: what it shows is as saved as it will be.
      if (store.getState().readOnly) {
        written = workspace;
        report("saved");
        return;
      }
      try {
        const record = recordOfWorkspace(workspace, now());
        // Never write what could not be read back.
        const check = decodeRecord(record);
        if (!check.ok) throw new Error(check.message);
        await db.write(record);
        await db.setLastOpened(workspace.id);
        written = workspace;
        // Another change may have come while writing: it has its own timer.
        if (workspaceNow() === workspace) report("saved");
        await refresh();
      } catch (error) {
        report("error", saveFailureMessage(error));
      }
    });
    return queue;
  }

  function onChange(state: AppState, previous: AppState): void {
    const workspace = state.document.workspace;
    if (!connected || workspace === previous.document.workspace || !workspace) return;
    if (workspace === written) return;
    // After a failure the error stays (with its export button) until a save succeeds: an
    // edit made while the storage is full must not hide it, even for the debounce.
    if (state.save.status === "saved" && db) report("saving");
    cancelTimer?.();
    cancelTimer = schedule(() => void flush(), delay);
  }

  /** Reads and validates a saved project, falling back on its previous record, and on the full index. */
  async function load(id: string): Promise<RestoredWorkspace> {
    if (!db) return { ok: false, message: "stockage indisponible" };
    const stored = await db.read(id);
    if (!stored) return { ok: false, message: "projet introuvable" };
    const attempt = (index: TerritoryIndex) => {
      const current = restoreWorkspace(stored.current, index);
      if (current.ok || stored.previous === undefined) return current;
      const previous = restoreWorkspace(stored.previous, index);
      return previous.ok ? { ...previous, fellBack: true, warnings: [`dernier enregistrement illisible (${current.message})`, ...previous.warnings] } : current;
    };
    const territory = store.getState().territory!;
    const first = attempt(territory.index);
    // The first-view index has no former codes: a record it reads with codes it does not
    // know (an old save, from an earlier COG) is read again on the full index, which
    // migrates them to today's communes instead of keeping codes that cover nothing.
    if (territory.complete || (first.ok && !hasUnknownCodes(first.workspace, territory.index))) return first;
    return attempt(await completeIndex());
  }

  function unreadable(nom: string, message: string): string {
    return `Le projet enregistré « ${nom} » n'a pas pu être relu (${message}). Il est conservé tel quel dans ce navigateur ; le projet affiché est enregistré à part.`;
  }

  async function open(id: string, onlyIfUntouched?: Workspace | null): Promise<EditOutcome> {
    if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
    const nom = (await db.list()).find((p) => p.id === id)?.nom ?? id;
    const loaded = await load(id);
    if (!loaded.ok) return { ok: false, message: unreadable(nom, loaded.message) };
    // An edit made while reading wins over the saved copy (it is saved as its own project).
    if (onlyIfUntouched !== undefined && (!connected || workspaceNow() !== onlyIfUntouched)) return { ok: true, changed: false };
    written = loaded.workspace;
    store.getState().openDocument(loaded.workspace);
    await db.setLastOpened(id);
    report("saved", loaded.fellBack ? `Le dernier enregistrement du projet « ${nom} » était illisible : l'enregistrement précédent a été rouvert, les toutes dernières modifications peuvent manquer.` : null);
    return { ok: true, changed: true };
  }

  const projects: SavedProjects = {
    list: () => saved,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async create(project, nom) {
      if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
      await flush();
      store.getState().openDocument(workspaceOf(project, nom ? { nom } : {}));
      await flush();
      const { save } = store.getState();
      return save.status === "error" ? { ok: false, message: save.message ?? saveFailureMessage(null) } : { ok: true, changed: true, id: workspaceNow()!.id };
    },
    async open(id) {
      await flush();
      try {
        return await open(id);
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    async rename(id, nom) {
      const clean = nom.trim().replace(/\s+/g, " ");
      if (!clean) return { ok: false, message: "Donnez un nom", errors: { nom: "texte vide" } };
      if (workspaceNow()?.id === id) {
        const outcome = store.getState().renameProject(clean);
        await flush();
        return outcome;
      }
      if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
      try {
        const stored = await db.read(id);
        const decoded = stored && decodeRecord(stored.current);
        if (!decoded?.ok) return { ok: false, message: "Ce projet enregistré est illisible : il ne peut pas être renommé" };
        const scenarios = decoded.record.scenarios.map((scenario) => ({ ...scenario, projet: { ...scenario.projet, nom: clean } }));
        await db.write({ ...decoded.record, nom: clean, scenarios, modifieLe: now().toISOString() });
        await refresh();
        return { ok: true, changed: true };
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    async remove(id) {
      if (workspaceNow()?.id === id) return { ok: false, message: "Ce projet est ouvert : ouvrez-en un autre avant de le supprimer" };
      if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
      try {
        await db.remove(id);
        await refresh();
        return { ok: true, changed: true };
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    flush,
  };

  const unsubscribe = store.subscribe(onChange);

  const page = options.page === undefined ? { document: globalThis.document, window: globalThis.window } : options.page;
  const onHidden = () => {
    if (page?.document?.visibilityState === undefined || page.document.visibilityState === "hidden") void flush();
  };
  const onPageHide = () => void flush();
  page?.document?.addEventListener("visibilitychange", onHidden);
  page?.window?.addEventListener("pagehide", onPageHide);

  const ready = (async () => {
    const initial = workspaceNow();
    try {
      db = await database;
    } catch (error) {
      report("error", saveFailureMessage(error));
      return;
    }
    try {
      const pointers = await db.list();
      setSaved(pointers.map(summaryOf));
      const last = await db.lastOpened();
      const id = last && pointers.some((p) => p.id === last) ? last : pointers[0]?.id;
      if (id) {
        const outcome = await open(id, initial);
        if (!outcome.ok) {
          // Keep the unreadable one; the document on screen becomes a project of its own.
          const workspace = workspaceNow();
          if (workspace && pointers.some((p) => p.id === workspace.id)) store.getState().openDocument({ ...workspace, id: newWorkspaceId() });
          await flush();
          if (store.getState().save.status !== "error") report("saved", outcome.message);
          return;
        }
      }
      await flush();
    } catch (error) {
      report("error", saveFailureMessage(error));
    }
  })();

  return {
    ready,
    flush,
    projects,
    async disconnect() {
      connected = false;
      unsubscribe();
      page?.document?.removeEventListener("visibilitychange", onHidden);
      page?.window?.removeEventListener("pagehide", onPageHide);
      await ready;
      await flush();
    },
  };
}

/** Resolves with the full index once the store has it (it may already). */
function indexWhenComplete(store: AppStore): Promise<TerritoryIndex> {
  return new Promise((resolve) => {
    const check = (state: AppState) => {
      if (!state.territory?.complete) return false;
      unsubscribe?.();
      resolve(state.territory.index);
      return true;
    };
    let unsubscribe: (() => void) | undefined;
    if (!check(store.getState())) unsubscribe = store.subscribe((state) => void check(state));
  });
}
