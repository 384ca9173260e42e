// The start-up sequence, in one place and under one abort signal:
// first view (codes, memberships, population) → project (the demo, or a file's) → saved
// project (the last one opened in this browser replaces it) → link (the view the address
// asks for) → map drawn → names (the reference complement: names, postal codes, former
// codes; downloaded as soon as the map's first tiles are in) → polygons.
// Each step waits for the one before; nothing here waits on a timer.
import { completeTerritory, fetchReferenceComplement, firstViewTerritory, loadTerritoryGeometry, readProjectText, takeFirstViewDownloads, type Territory } from "../io/app-data.ts";
import { openProjectDatabase, type ProjectDatabase } from "../persistence/project-database.ts";
import type { AppStore } from "../store/app-store.ts";
import { connectPersistence } from "./autosave.ts";
import type { SavedProjects } from "./saved-projects.ts";
import { applyLink, bindAddressBar, type LinkNotice } from "./url-binding.ts";
import { workspaceFrom } from "../domain/workspace.ts";
import { idle } from "./idle.ts";

export interface StartupOptions {
  signal: AbortSignal;
  /** The read-only embedded view (its links say so). */
  embed?: boolean;
  /** The page's query string (`?territoire=…`). */
  search?: string;
  /** The page's fragment (`#projet=…&empreinte=…`: whose data the link shows). */
  fragment?: string;
  /** The saved projects' database (tests pass their own). */
  database?: () => Promise<ProjectDatabase>;
  /** Receives the saved-projects service once saving is connected. */
  onSavedProjects?(projects: SavedProjects): void;
  /** Receives, in French, what the link asked for and could not be shown, or that its data is not the data here. */
  onLinkMessage?(notice: LinkNotice | null): void;
  /**
   * Resolves when the names may be downloaded without slowing the first view (the map's tiles
   * are in): they are then decoded right after it. Without it, they are downloaded after it.
   */
  namesDownload?: Promise<void> | null;
  /** Runs after the first view (or the map's failure to draw), once the names are shown (or failed) and the page is idle. */
  afterFirstView?(): void;
}

/** True when the address selects a commune or a facilitator: its card then waits for the names rather than show a bare code. */
const linkSelects = (search: string) => /[?&](commune|facilitateur)=/.test(search);

/** Resolves once `store.mapDrawn` is true (the map drew its first view, or reported it cannot). */
function mapDrawn(store: AppStore, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      unsubscribe();
      signal.removeEventListener("abort", aborted);
      resolve();
    };
    const aborted = () => {
      unsubscribe();
      reject(signal.reason);
    };
    const unsubscribe = store.subscribe((state) => state.mapDrawn && done());
    signal.addEventListener("abort", aborted);
    if (store.getState().mapDrawn) done();
  });
}

/** Runs the sequence; rejects (and shows the error in the store) when a step fails, unless aborted. */
export async function startApp(store: AppStore, options: StartupOptions): Promise<void> {
  const { signal } = options;
  const stops: (() => void | Promise<void>)[] = [];
  signal.addEventListener("abort", () => stops.forEach((stop) => void stop()), { once: true });
  try {
    // The first view's downloads were started before the rest of the app was evaluated (start-first.ts).
    const downloads = takeFirstViewDownloads(signal);
    store.getState().setTerritory(firstViewTerritory(await downloads.reference));
    signal.throwIfAborted();

    const firstView = store.getState().territory!;
    const { content } = readProjectText(await downloads.projectText, downloads.url, firstView.index);
    signal.throwIfAborted();
    store.getState().openDocument(workspaceFrom(content));

    // The names: loaded once, when first asked — by a link that selects a commune or a
    // facilitator (its card shows names at once), by a saved project written with former
    // codes, or right after the first view.
    let completed: Promise<Territory> | null = null;
    let complement: ReturnType<typeof fetchReferenceComplement> | null = null;
    const download = () => (complement ??= fetchReferenceComplement(signal));
    void options.namesDownload?.then(() => void download().catch(() => undefined));
    const named = () => (completed ??= completeTerritory(firstView, download()));
    const showNames = async () => {
      const territory = await named();
      signal.throwIfAborted();
      if (!store.getState().territory?.complete) store.getState().setTerritory(territory);
    };
    if (linkSelects(options.search ?? "")) void named().catch(() => undefined);

    const connection = connectPersistence(store, (options.database ?? openProjectDatabase)(), { completeIndex: async () => (await named()).index });
    stops.push(() => connection.disconnect());
    options.onSavedProjects?.(connection.projects);
    await connection.ready;
    signal.throwIfAborted();

    if (linkSelects(options.search ?? "")) await showNames();
    options.onLinkMessage?.(applyLink(store, options.search ?? "", options.fragment ?? ""));
    stops.push(bindAddressBar(store, { embed: options.embed ?? false }));

    await mapDrawn(store, signal);
    // The names before what else the first view lets start (`afterFirstView`): search and
    // hover answer by name the soonest.
    // What else may start waits for the page to be idle once they are shown.
    const names = showNames();
    const afterNames = () => void idle(signal).then(options.afterFirstView, () => undefined);
    void names.then(afterNames, afterNames);
    await names;
    await idle(signal);

    const geometry = await loadTerritoryGeometry(store.getState().territory!.index, signal);
    signal.throwIfAborted();
    store.getState().setTerritory({ ...store.getState().territory!, geometry });
  } catch (error) {
    if (signal.aborted) return;
    store.getState().fail(error instanceof Error ? error.message : String(error));
    throw error;
  }
}
