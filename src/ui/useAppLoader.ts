import { useEffect } from "react";
import { loadFullTerritory, readProjectText, takeFirstViewDownloads } from "../io/app-data.ts";
import type { AppStore } from "../store/app-store.ts";

/** Resolves once the map has drawn its first view, or after `ms` without a map (no WebGL). */
function firstViewDrawn(store: AppStore, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().mapDrawn) return resolve();
    const timer = setTimeout(done, ms);
    const unsubscribe = store.subscribe((state) => state.mapDrawn && done());
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

/**
 * Loads the first-view territory and the demo project into the store; once the map has
 * drawn them, the full territory (names, postal codes, polygons), which the store
 * recomputes on. The first view thus loads a fifth of the bytes.
 */
export function useAppLoader(store: AppStore) {
  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      // Both downloads at once (started before the first render: main.tsx); the project is
      // validated against the index once it is there.
      const { url, projectText, territory: firstView } = takeFirstViewDownloads(abort.signal);
      const territory = await firstView;
      store.getState().setTerritory(territory);
      const { project } = readProjectText(await projectText, url, territory.index);
      if (abort.signal.aborted) return;
      store.getState().setProject(project);
      await firstViewDrawn(store, 4000);
      const complete = await loadFullTerritory(abort.signal);
      if (!abort.signal.aborted) store.getState().setTerritory(complete);
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) store.getState().fail(error instanceof Error ? error.message : String(error));
    });
    return () => abort.abort();
  }, [store]);
}
