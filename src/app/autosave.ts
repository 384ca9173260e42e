/**
 * Saving in this browser (IndexedDB, src/persistence/): autosave of the document, and the
 * saved-projects service the interface calls. Every change of the workspace is written
 * within `delayMs` (250 ms) and at once when the page is hidden or left; failures (storage
 * full or absent) show in the store's `save`, never silently. A saved project is read on
 * the first-view index (codes only), and again on the full index (former codes) before
 * being declared unreadable; an unreadable record is never deleted nor overwritten: the
 * project on screen is saved as another one. Two tabs on one project: each write checks the
 * generation this tab last read or wrote, and tells the other tabs (tab-sync.ts); a tab whose
 * copy is behind reloads the saved version when it has nothing unsaved, else stops writing
 * and asks (« conflict »): an edit announced « Enregistré » in one tab is never overwritten.
 */
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { SaveConflictError, StorageError, type ProjectDatabase, type ProjectPointer } from "../persistence/project-database.ts";
import { decodeRecord } from "../persistence/saved-record.ts";
import { hasUnknownCodes, recordOfWorkspace, restoreWorkspace, saveFailureMessage, type RestoredWorkspace } from "../persistence/workspace-record.ts";
import type { AppState, AppStore, EditOutcome } from "../store/app-store.ts";
import type { SavedProjects, SavedProjectSummary } from "./saved-projects.ts";
import { createSavedProjectsService } from "./saved-projects-service.ts";
import type { SaveStatus } from "../store/save-slice.ts";
import { newWorkspaceId, type Workspace } from "../domain/workspace.ts";
import { createTabSync, defaultChannel, type ChannelLike } from "./tab-sync.ts";

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
  /** Where tabs tell each other of their saves; by default a BroadcastChannel, null for none. */
  channel?: ChannelLike | null;
}

const CONFLICT_MESSAGE =
  "Ce projet a été enregistré entre-temps dans un autre onglet. Pour ne rien écraser, cet onglet n'enregistre plus : rechargez la version enregistrée (les modifications de cet onglet sont abandonnées) ou gardez votre version comme un nouveau projet.";
const RELOADED_MESSAGE = "Ce projet a été modifié dans un autre onglet : sa dernière version enregistrée est affichée.";

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
  /** The generation of each project as this tab last read or wrote it (a project not yet saved: 0). */
  const generations = new Map<string, number>();
  /** Set when another tab saved the open project since: no write until the user chooses. */
  let conflict: string | null = null;

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
      if (conflict === workspace.id) return report("conflict", CONFLICT_MESSAGE);
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
        const pointer = await db.write(record, { expectedGeneration: generations.get(workspace.id) ?? 0 });
        generations.set(workspace.id, pointer.generation);
        sync.announce(workspace.id, pointer.generation);
        await db.setLastOpened(workspace.id);
        written = workspace;
        // Another change may have come while writing: it has its own timer.
        if (workspaceNow() === workspace) report("saved");
        await refresh();
      } catch (error) {
        if (error instanceof SaveConflictError) {
          conflict = error.id;
          report("conflict", CONFLICT_MESSAGE);
        } else report("error", saveFailureMessage(error));
      }
    });
    return queue;
  }

  /** Another tab saved project `id` at `generation`: reload it when nothing here is unsaved, else stop and ask. */
  function onOtherSave(id: string, generation: number): void {
    void refresh();
    const workspace = workspaceNow();
    if (!connected || !workspace || workspace.id !== id || generation <= (generations.get(id) ?? 0)) return;
    queue = queue.then(async () => {
      if (workspaceNow() === written && cancelTimer === null && conflict === null) {
        const outcome = await open(id).catch((error: unknown) => ({ ok: false as const, message: saveFailureMessage(error) }));
        if (outcome.ok) return report("saved", RELOADED_MESSAGE);
      }
      conflict = id;
      report("conflict", CONFLICT_MESSAGE);
    });
  }
  const sync = createTabSync(options.channel === undefined ? defaultChannel() : options.channel, onOtherSave);

  function onChange(state: AppState, previous: AppState): void {
    const workspace = state.document.workspace;
    if (!connected || workspace === previous.document.workspace || !workspace) return;
    if (workspace === written) return;
    // After a failure the error stays (with its export button) until a save succeeds: an
    // edit made while the storage is full must not hide it, even for the debounce.
    if (state.save.status === "saved" && db && conflict !== workspace.id) report("saving");
    cancelTimer?.();
    cancelTimer = schedule(() => void flush(), delay);
  }

  /** Reads and validates a saved project, falling back on its previous record, and on the full index. */
  async function load(id: string): Promise<RestoredWorkspace> {
    if (!db) return { ok: false, message: "stockage indisponible" };
    const stored = await db.read(id);
    if (!stored) return { ok: false, message: "projet introuvable" };
    generations.set(id, stored.pointer.generation);
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
    if (conflict === id) conflict = null;
    store.getState().openDocument(loaded.workspace);
    await db.setLastOpened(id);
    report("saved", loaded.fellBack ? `Le dernier enregistrement du projet « ${nom} » était illisible : l'enregistrement précédent a été rouvert, les toutes dernières modifications peuvent manquer.` : null);
    return { ok: true, changed: true };
  }

  const projects = createSavedProjectsService({
    store,
    database: () => db,
    flush,
    open,
    refresh,
    now,
    list: () => saved,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce: (id, generation) => sync.announce(id, generation),
    conflict: () => conflict,
    clearConflict: () => void (conflict = null),
    reportSaved: (message) => report("saved", message),
  });

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
      sync.close();
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
