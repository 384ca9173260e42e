// The demonstration's needs: a generated DECP file of fictional contracts
// (public/demo/besoins-demo.csv, written by `npm run demo-data`), fetched and read in the
// import worker once the map has drawn its first view and the polygons are there, and kept beside the document (not in
// it): a demonstration project without needs of its own shows them, said to be fictional.
import type { AppStore } from "../store/app-store.ts";
import { fetchOk, geoUrl } from "../io/geo-files.ts";

export const DEMO_NEEDS_FILE = "besoins-demo.csv";

/** Fetches and reads the demonstration's needs once a demonstration project is on screen; stops with `signal`. */
export function loadDemoNeeds(store: AppStore, signal: AbortSignal): () => void {
  let started = false;
  const wanted = () => {
    const state = store.getState();
    // After the polygons: the load's own work done, the worker's reading competes with nothing the user waits for.
    return state.mapDrawn && state.territory?.geometry != null && state.demoNeeds === null && !state.document.workspace?.besoins && state.derived.project(state)?.demo === true;
  };
  const start = async () => {
    started = true;
    unsubscribe();
    // Loaded here, not with the first view: the worker's client and the readers' limits.
    const { createImportReader } = await import("../workers/import-client.ts");
    if (signal.aborted) return;
    const reader = createImportReader(geoUrl("reference.json"));
    signal.addEventListener("abort", () => reader.dispose(), { once: true });
    try {
      const url = new URL(`demo/${DEMO_NEEDS_FILE}`, document.baseURI).toString();
      const bytes = new Uint8Array(await (await fetchOk(url, signal)).arrayBuffer());
      const outcome = await reader.read({ kind: "needs", format: "decp-table", file: DEMO_NEEDS_FILE, bytes }, store.getState().territory!.index);
      if (outcome.kind !== "needs" || signal.aborted) return;
      const { result } = outcome;
      store.getState().setDemoNeeds([
        { id: "demonstration", fichier: DEMO_NEEDS_FILE, format: "decp-table", luLe: new Date().toISOString(), fictif: true, lignes: result.counts.rows, concessions: result.counts.concessions, contracts: result.contracts },
      ]);
    } catch {
      // The demonstration goes on without needs: zone blanche 3 stays estimated, and says so.
    } finally {
      reader.dispose();
    }
  };
  const check = () => {
    if (!started && !signal.aborted && wanted()) void start();
  };
  const unsubscribe = store.subscribe(check);
  check();
  return unsubscribe;
}

