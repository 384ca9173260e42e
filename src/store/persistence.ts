/**
 * Autosave of the document in this browser (IndexedDB, see `src/persistence/`), and the
 * list of saved projects. Every change of the workspace is written within `delayMs`
 * (250 ms) and at once when the page is hidden or left; failures (storage full or absent)
 * are reported through `saveStatus` and `saveMessage`, never silently.
 *
 * Restored projects are validated again with `parseProjectFile` against the territory in
 * the store, not trusted: the record may come from an older version of the app, from
 * another reference (COG of another year), or be damaged. Validation runs first on the
 * first-view index (codes only); a project it rejects is tried again on the full index
 * (with former codes) before being declared unreadable. An unreadable record is never
 * deleted nor overwritten: the demo stays on screen and is saved as another project.
 */
import { formatIssue } from "../io/import-result.ts";
import { parseProjectFile, serializeProject } from "../io/project-file.ts";
import { communesOfZone } from "../domain/perimeter.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { StorageError, type ProjectDatabase, type ProjectPointer } from "../persistence/project-database.ts";
import { decodeRecord, encodeRecord, type SavedRecord } from "../persistence/saved-record.ts";
import type { AppState, AppStore, EditOutcome, ProjectStorage, SavedProjectSummary } from "./app-store.ts";
import { newWorkspaceId, type Workspace } from "./workspace.ts";

/** At most 300 ms between a change and its save. */
export const SAVE_DELAY_MS = 250;

const EXPORT_HINT = "Exportez le projet (fichier JSON) pour ne pas perdre vos modifications.";

/** The French message for a storage failure. */
export function saveFailureMessage(error: unknown): string {
  const kind = error instanceof StorageError ? error.kind : "other";
  if (kind === "quota") return `L'espace de stockage du navigateur est plein : vos dernières modifications ne sont pas enregistrées. ${EXPORT_HINT}`;
  if (kind === "absent") {
    return `L'enregistrement dans ce navigateur est impossible (navigation privée ou stockage désactivé) : vos modifications seront perdues à la fermeture de la page. ${EXPORT_HINT}`;
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `L'enregistrement dans ce navigateur a échoué${detail}. ${EXPORT_HINT}`;
}

export interface PersistenceOptions {
  /** Debounce, ms (≤ 300). */
  delayMs?: number;
  /** Runs `task` after `ms`; returns a cancel function (tests pass their own). */
  schedule?: (task: () => void, ms: number) => () => void;
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
}

const defaultSchedule = (task: () => void, ms: number) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

const summaryOf = (pointer: ProjectPointer): SavedProjectSummary => ({ id: pointer.id, nom: pointer.nom, modifieLe: pointer.modifieLe, scenarios: pointer.scenarios });

/** The workspace written as a record. */
export function recordOfWorkspace(workspace: Workspace, now: Date): SavedRecord {
  return encodeRecord({
    id: workspace.id,
    nom: workspace.nom,
    creeLe: workspace.creeLe,
    modifieLe: now.toISOString(),
    scenarioActif: workspace.activeScenarioId,
    // JSON round trip: a plain copy, as a project file would hold it.
    scenarios: workspace.scenarios.map((s) => ({ id: s.id, nom: s.nom, projet: JSON.parse(serializeProject(s.project)) as Record<string, unknown> })),
  });
}

export type RestoredWorkspace = { ok: true; workspace: Workspace; warnings: string[]; /** The current record was unreadable: the previous one was restored. */ fellBack?: boolean } | { ok: false; message: string };

/** A stored value back to a workspace, each scenario validated on `index`; never throws. */
export function restoreWorkspace(value: unknown, index: TerritoryIndex): RestoredWorkspace {
  const decoded = decodeRecord(value);
  if (!decoded.ok) return decoded;
  const { record } = decoded;
  const warnings: string[] = decoded.upgradedFrom ? [`enregistrement au format ${decoded.upgradedFrom}, converti`] : [];
  const scenarios: Workspace["scenarios"][number][] = [];
  for (const scenario of record.scenarios) {
    const parsed = parseProjectFile(JSON.stringify(scenario.projet), index);
    if (!parsed.ok) return { ok: false, message: `scénario « ${scenario.nom} » : ${parsed.errors.slice(0, 3).map(formatIssue).join(" ; ")}` };
    warnings.push(...parsed.warnings.map((w) => `scénario « ${scenario.nom} » : ${formatIssue(w)}`));
    scenarios.push({ id: scenario.id, nom: scenario.nom, project: parsed.project });
  }
  return { ok: true, workspace: { id: record.id, nom: record.nom, creeLe: record.creeLe, scenarios, activeScenarioId: record.scenarioActif }, warnings };
}

/** True when a zone or a siège of the workspace names a code `index` does not know. */
function hasUnknownCodes(workspace: Workspace, index: TerritoryIndex): boolean {
  return workspace.scenarios.some(
    ({ project }) =>
      project.facilitateurs.some((facilitateur) => facilitateur.perimetre.some((zone) => communesOfZone(index, zone.niveau, zone.code) === undefined)) ||
      project.structures.some((structure) => !index.communeIndex.has(structure.communeSiege)),
  );
}

/** Resolves with the full index once the store has it (it may already). */
function completeIndex(store: AppStore): Promise<TerritoryIndex> {
  return new Promise((resolve) => {
    const check = (state: AppState) => {
      if (state.territory?.complete) {
        unsubscribe?.();
        resolve(state.territory.index);
        return true;
      }
      return false;
    };
    let unsubscribe: (() => void) | undefined;
    if (!check(store.getState())) unsubscribe = store.subscribe((state) => void check(state));
  });
}

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

  const report = (status: AppState["saveStatus"], message: string | null = null) => store.getState().setSaveState(status, message);

  async function refresh(): Promise<void> {
    if (!db) return;
    try {
      store.getState().setSavedProjects((await db.list()).map(summaryOf));
    } catch (error) {
      report("error", saveFailureMessage(error));
    }
  }

  /** Writes the workspace on screen if it changed since the last write. */
  function flush(): Promise<void> {
    cancelTimer?.();
    cancelTimer = null;
    queue = queue.then(async () => {
      const workspace = store.getState().workspace;
      if (!db || !workspace || workspace === written) return;
      try {
        const record = recordOfWorkspace(workspace, now());
        // Never write what could not be read back.
        const check = decodeRecord(record);
        if (!check.ok) throw new Error(check.message);
        await db.write(record);
        await db.setLastOpened(workspace.id);
        written = workspace;
        // Another change may have come while writing: it has its own timer.
        if (store.getState().workspace === workspace) report("saved");
        await refresh();
      } catch (error) {
        report("error", saveFailureMessage(error));
      }
    });
    return queue;
  }

  function onChange(state: AppState, previous: AppState): void {
    if (!connected || state.workspace === previous.workspace || !state.workspace) return;
    if (state.workspace === written) return;
    // After a failure the error stays (with its export button) until a save succeeds: an
    // edit made while the storage is full must not hide it, even for the debounce.
    if (state.saveStatus === "saved" && db) report("saving");
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
    return attempt(await completeIndex(store));
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
    if (onlyIfUntouched !== undefined && (!connected || store.getState().workspace !== onlyIfUntouched)) return { ok: true, changed: false };
    written = loaded.workspace;
    store.getState().openWorkspace(loaded.workspace);
    await db.setLastOpened(id);
    report("saved", loaded.fellBack ? `Le dernier enregistrement du projet « ${nom} » était illisible : l'enregistrement précédent a été rouvert, les toutes dernières modifications peuvent manquer.` : null);
    return { ok: true, changed: true };
  }

  const storage: ProjectStorage = {
    async create(project, nom) {
      if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
      await flush();
      store.getState().setProject(project, nom ? { nom } : {});
      await flush();
      const status = store.getState();
      return status.saveStatus === "error" ? { ok: false, message: status.saveMessage ?? saveFailureMessage(null) } : { ok: true, changed: true, id: status.workspace!.id };
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
      const workspace = store.getState().workspace;
      if (workspace?.id === id) {
        store.getState().renameWorkspace(clean);
        await flush();
        return { ok: true, changed: true };
      }
      if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
      try {
        const stored = await db.read(id);
        const decoded = stored && decodeRecord(stored.current);
        if (!decoded?.ok) return { ok: false, message: "Ce projet enregistré est illisible : il ne peut pas être renommé" };
        await db.write({ ...decoded.record, nom: clean, modifieLe: now().toISOString() });
        await refresh();
        return { ok: true, changed: true };
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    async remove(id) {
      if (store.getState().workspace?.id === id) return { ok: false, message: "Ce projet est ouvert : ouvrez-en un autre avant de le supprimer" };
      if (!db) return { ok: false, message: saveFailureMessage(new StorageError("absent", "")) };
      try {
        await db.remove(id);
        await refresh();
        return { ok: true, changed: true };
      } catch (error) {
        return { ok: false, message: saveFailureMessage(error) };
      }
    },
    refresh,
    flush,
  };

  const unsubscribe = store.subscribe(onChange);
  store.getState().attachStorage(storage);

  const page = options.page === undefined ? { document: globalThis.document, window: globalThis.window } : options.page;
  const onHidden = () => {
    if (page?.document?.visibilityState === undefined || page.document.visibilityState === "hidden") void flush();
  };
  const onPageHide = () => void flush();
  page?.document?.addEventListener("visibilitychange", onHidden);
  page?.window?.addEventListener("pagehide", onPageHide);

  const ready = (async () => {
    const initial = store.getState().workspace;
    try {
      db = await database;
    } catch (error) {
      report("error", saveFailureMessage(error));
      return;
    }
    try {
      const pointers = await db.list();
      store.getState().setSavedProjects(pointers.map(summaryOf));
      const last = await db.lastOpened();
      const id = last && pointers.some((p) => p.id === last) ? last : pointers[0]?.id;
      if (id) {
        const outcome = await open(id, initial);
        if (!outcome.ok) {
          // Keep the unreadable one; the document on screen becomes a project of its own.
          const workspace = store.getState().workspace;
          if (workspace && pointers.some((p) => p.id === workspace.id)) store.getState().openWorkspace({ ...workspace, id: newWorkspaceId() });
          await flush();
          if (store.getState().saveStatus !== "error") report("saved", outcome.message);
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
    async disconnect() {
      connected = false;
      unsubscribe();
      page?.document?.removeEventListener("visibilitychange", onHidden);
      page?.window?.removeEventListener("pagehide", onPageHide);
      store.getState().detachStorage(storage);
      await ready;
      await flush();
    },
  };
}
